import { Alert, Button, Center, Group, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return error.message;
  return 'An unexpected error occurred.';
}

/** Shown instead of the shell when rendering a page throws. Saved data is untouched: it lives in the
 *  local database, so reloading is safe. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <Center component="main" mih="100dvh" p="xl">
      <Stack maw={560} gap="md">
        <Title order={1}>Liaison Desk hit a problem</Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This screen could not be shown">
          {describe(error)}
        </Alert>
        <Group>
          <Button onClick={() => window.location.reload()}>Reload</Button>
          <Button variant="default" component="a" href="#/customers">
            Go to Customers
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

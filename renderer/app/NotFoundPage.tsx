import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageLayout } from './PageLayout';
import { DEFAULT_SECTION_PATH } from './sections';
import { useShortcut } from './useShortcut';

export function NotFoundPage() {
  const shortcut = useShortcut();
  return (
    <PageLayout title="Page not found" description="This address does not match any section of Liaison Desk.">
      <Text size="sm">
        Use the navigation on the left, press {shortcut.label('K')} to search, or{' '}
        <Anchor component={Link} to={DEFAULT_SECTION_PATH}>
          go to Customers
        </Anchor>
        .
      </Text>
    </PageLayout>
  );
}

import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { ImportDirectoryReport } from '../../../data/transfer/importDirectory';
import { count } from '../plural';

interface ImportDoneProps {
  fileName: string;
  report: ImportDirectoryReport;
  onOpenDirectory: () => void;
  onAnother: () => void;
}

export function ImportDone({ fileName, report, onOpenDirectory, onAnother }: ImportDoneProps) {
  // The confirm button that had focus is gone: the next step is opening the directory.
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => openRef.current?.focus(), []);
  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" role="status">
          <IconCircleCheck size={22} color="var(--mantine-color-green-7)" aria-hidden />
          <Title order={2} size="h3">
            Imported {count(report.customers, 'customer')} and {count(report.contacts, 'contact')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          From {fileName}. They are saved on this device and queued to be sent to the server with your other changes.
        </Text>
        {report.skippedAccounts.length > 0 && (
          <Alert color="yellow" p="xs">
            {count(report.skippedAccounts.length, 'account')} appeared in the directory while importing and{' '}
            {report.skippedAccounts.length === 1 ? 'was' : 'were'} left as they were: {report.skippedAccounts.slice(0, 10).join(', ')}
            {report.skippedAccounts.length > 10 && '…'}
          </Alert>
        )}
        <Group gap="sm">
          <Button ref={openRef} onClick={onOpenDirectory}>
            Open the directory
          </Button>
          <Button variant="default" onClick={onAnother}>
            Import another file
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

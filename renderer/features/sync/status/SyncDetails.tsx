// The state of sync in sentences: the status, when it last synced, what waits, the live connection,
// and warnings that need the user (a wrong clock, an error with its reason).
import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation } from '@tabler/icons-react';
import { formatWhen } from '../../../format/time';
import { describeSkew } from '../../../sync/clockSkew';
import { SyncSection } from '../SyncSection';
import { useSyncView } from './useSyncView';

const toneColor = { ok: 'green', busy: 'blue', warn: 'orange', error: 'red', muted: 'gray' } as const;

export function SyncDetails() {
  const { status, outbox, view } = useSyncView();
  const rows: [string, string][] = [
    ['Last synced', status.lastSyncedAt ? formatWhen(status.lastSyncedAt) : 'Not yet'],
    ['Waiting to be sent', outbox.pending === 0 ? 'Nothing' : `${outbox.pending.toLocaleString()} change${outbox.pending === 1 ? '' : 's'}${outbox.oldestAt ? `, oldest from ${formatWhen(outbox.oldestAt)}` : ''}`],
    ['Refused by the server', outbox.refused === 0 ? 'Nothing' : `${outbox.refused.toLocaleString()} change${outbox.refused === 1 ? '' : 's'} (see below)`],
    ['Live updates', status.live ? 'Connected: changes from others arrive within seconds' : 'Not connected: checking every minute'],
  ];
  if (status.retryAt) rows.push(['Next attempt', formatWhen(status.retryAt)]);
  const badge = (
    <Group gap={6} wrap="nowrap">
      <span aria-hidden style={{ width: 8, height: 8, borderRadius: '50%', background: `var(--mantine-color-${toneColor[view.tone]}-6)` }} />
      <Text size="sm" fw={600}>{view.label}</Text>
    </Group>
  );
  return (
    <SyncSection id="sync-status" title="Status" aside={badge}>
      <Stack gap="sm">
        {status.clock ? (
          <Alert role="alert" color="orange" variant="light" icon={<IconClockExclamation size={18} />} title="This computer's clock is wrong">
            {describeSkew(status.clock.skewMs)}
          </Alert>
        ) : null}
        {status.error && status.state !== 'idle' && status.state !== 'syncing' ? (
          <Alert role="alert" color={status.state === 'error' || status.state === 'signed_out' ? 'red' : 'orange'} variant="light" icon={<IconAlertTriangle size={18} />}>
            {status.error}
          </Alert>
        ) : null}
        {status.unreadableRecords > 0 ? (
          <Alert color="orange" variant="light" title="Some records could not be read">
            {status.unreadableRecords} record{status.unreadableRecords === 1 ? '' : 's'} from the server did not pass this app’s checks and were skipped. An update of the app may be needed.
          </Alert>
        ) : null}
        <Table withRowBorders={false} verticalSpacing={4} aria-label="Sync status details">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200} fw={500}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">{view.sentence.charAt(0).toUpperCase() + view.sentence.slice(1)}.</Text>
      </Stack>
    </SyncSection>
  );
}

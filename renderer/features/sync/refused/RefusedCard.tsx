import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDb } from '../../../data/dbContext';
import { discardRefused, retryRefused } from '../../../data/sync/refusedChanges';
import type { RefusedItem } from '../../../data/sync/syncViews';
import { formatWhen } from '../../../format/time';
import { entityLabels, fieldLabel } from '../model/fieldValues';
import { recordPath } from '../model/recordPath';
import { DiscardDialog } from './DiscardDialog';

/** "Change to Role, Notes", "New contact", "Deletion". */
function describeChange(item: RefusedItem): string {
  const { op, patch, entity } = item.change;
  if (op === 'insert') return `New ${entityLabels[entity].toLowerCase()}`;
  if (op === 'delete') return 'Deletion';
  return `Change to ${Object.keys(patch).map(fieldLabel).join(', ')}`;
}

export function RefusedCard({ item }: { item: RefusedItem }) {
  const db = useDb();
  const { change, label } = item;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const path = recordPath(label);
  const headingId = `refused-${change.seq}`;
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder radius="sm" p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text component="div" id={headingId} fw={600} size="sm">
            <Badge size="xs" variant="light" color="gray" mr={6}>{entityLabels[change.entity]}</Badge>
            {describeChange(item)}: {label.name}{label.customerName && change.entity !== 'customer' ? ` · ${label.customerName}` : ''}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>made {formatWhen(change.at)}</Text>
        </Group>
        <Text size="sm"><Text span fw={500} c="red.8" inherit>Refused:</Text> {change.refusedReason}</Text>
        {error ? <Alert role="alert" color="red" variant="light" p="xs">{error}</Alert> : null}
        <Group gap="xs">
          {path ? <Anchor component={Link} to={path} size="sm" mr="xs">Open to fix</Anchor> : null}
          <Button size="xs" variant="default" loading={busy} onClick={() => void run(() => retryRefused(db, change.seq))}>Retry</Button>
          <Button size="xs" variant="subtle" color="red.9" disabled={busy} onClick={() => setConfirming(true)}>Discard…</Button>
        </Group>
      </Stack>
      <DiscardDialog
        opened={confirming}
        what={`${describeChange(item)}: ${label.name}`}
        isInsert={change.op === 'insert'}
        onCancel={() => setConfirming(false)}
        onConfirm={() => run(() => discardRefused(db, change.seq)).then(() => setConfirming(false))}
      />
    </Paper>
  );
}

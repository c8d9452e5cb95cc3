import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { sameValue } from '../../../../shared/sync/merge';
import { useDb } from '../../../data/dbContext';
import { restoreLosingValue, storeConflict } from '../../../data/sync/conflictActions';
import type { ConflictItem } from '../../../data/sync/syncViews';
import { formatWhen } from '../../../format/time';
import { entityLabels, fieldLabel, formatValue } from '../model/fieldValues';
import { recordPath } from '../model/recordPath';
import { useSyncEngine } from '../SyncProvider';
import classes from './ConflictCard.module.css';

type Side = ConflictItem['conflict']['winner'];
const by = (side: Side) => `${side.userName ?? 'Someone'}, ${formatWhen(side.at)}`;

export function ConflictCard({ item }: { item: ConflictItem }) {
  const db = useDb();
  const engine = useSyncEngine();
  const { conflict, record, label } = item;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'restore' | 'keep' | null>(null);
  const revived = conflict.kind === 'revived';
  const field = revived ? 'Deleted' : fieldLabel(conflict.field);
  const current = record ? record[conflict.field] : undefined;
  const restoredHere = record !== null && (revived ? record.deletedAt !== null : sameValue(current, conflict.losingValue));
  const changedSince = record !== null && !restoredHere && !revived && !sameValue(current, conflict.winningValue);
  const path = recordPath(label);
  const headingId = `conflict-${conflict.id}`;

  const restore = async () => {
    setBusy('restore');
    const result = await restoreLosingValue(db, conflict.id);
    setBusy(null);
    setError(result.ok ? null : result.error);
  };
  const keep = async () => {
    if (!engine) return;
    setBusy('keep');
    try {
      await storeConflict(db, await engine.api.dismissConflict(conflict.id));
      setError(null);
    } catch (e) {
      setError(`Could not tell the server: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const winning = revived ? 'Not deleted (edited after the delete)' : formatValue(conflict.field, conflict.winningValue);
  const losing = revived ? `Deleted ${formatWhen(String(conflict.losingValue))}` : formatValue(conflict.field, conflict.losingValue);
  return (
    <Paper withBorder radius="sm" p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text component="div" id={headingId} fw={600} size="sm">
            <Badge size="xs" variant="light" color="gray" mr={6}>{entityLabels[conflict.entity]}</Badge>
            {label.name}{label.customerName && conflict.entity !== 'customer' ? ` · ${label.customerName}` : ''} — {field}
          </Text>
          {path ? <Anchor component={Link} to={path} size="xs">Open record</Anchor> : null}
        </Group>
        <dl className={classes.values}>
          <dt>Kept</dt>
          <dd><span className={classes.value}>{winning}</span><span className={classes.who}>{by(conflict.winner)}</span></dd>
          <dt>Lost</dt>
          <dd><span className={classes.value}>{losing}</span><span className={classes.who}>{by(conflict.loser)}</span></dd>
        </dl>
        {changedSince ? <Text size="xs" c="dimmed">Changed again since: now {formatValue(conflict.field, current)}.</Text> : null}
        {error ? <Alert role="alert" color="red" variant="light" p="xs">{error}</Alert> : null}
        {restoredHere ? (
          <Text size="xs" c="dimmed">Restored on this device; the server marks the conflict resolved when the change syncs.</Text>
        ) : (
          <Group gap="xs">
            <Button size="xs" onClick={() => void restore()} loading={busy === 'restore'} disabled={busy !== null || record === null}
              aria-label={`Restore this value: ${losing}`}>
              Restore this value
            </Button>
            <Button size="xs" variant="default" onClick={() => void keep()} loading={busy === 'keep'} disabled={busy !== null || !engine}>
              Keep current
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

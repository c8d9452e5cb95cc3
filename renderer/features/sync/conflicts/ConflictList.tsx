// Open conflicts: values that lost to a concurrent edit on another device (or a delete that lost to a
// later edit). Each shows both values, who and when, and restores the losing value in one click.
import { Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../data/dbContext';
import { openConflicts } from '../../../data/sync/syncViews';
import { SyncSection } from '../SyncSection';
import { ConflictCard } from './ConflictCard';

export function ConflictList() {
  const db = useDb();
  const items = useLiveQuery(() => openConflicts(db), [db]);
  return (
    <SyncSection id="sync-conflicts" title={items && items.length > 0 ? `Conflicts (${items.length})` : 'Conflicts'}>
      {items === undefined ? null : items.length === 0 ? (
        <Text size="sm" c="dimmed">No conflicts. When two people change the same field at the same time, the later change is kept and the other value appears here, ready to restore.</Text>
      ) : (
        <Stack gap="sm">
          {items.map((item) => <ConflictCard key={item.conflict.id} item={item} />)}
        </Stack>
      )}
    </SyncSection>
  );
}

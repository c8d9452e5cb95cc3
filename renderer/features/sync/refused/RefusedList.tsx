// Changes the server refused, with its reason. They stay on this device (and in view) until the user
// fixes the cause and retries, or discards them after confirming.
import { Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../data/dbContext';
import { refusedChanges } from '../../../data/sync/syncViews';
import { SyncSection } from '../SyncSection';
import { RefusedCard } from './RefusedCard';

export function RefusedList() {
  const db = useDb();
  const items = useLiveQuery(() => refusedChanges(db), [db]);
  return (
    <SyncSection id="sync-refused" title={items && items.length > 0 ? `Refused changes (${items.length})` : 'Refused changes'}>
      {items === undefined ? null : items.length === 0 ? (
        <Text size="sm" c="dimmed">None. When the server refuses a change (for example outside your regions, or with a wrong clock), it stays here with the reason until you retry or discard it.</Text>
      ) : (
        <Stack gap="sm">
          {items.map((item) => <RefusedCard key={item.change.seq} item={item} />)}
        </Stack>
      )}
    </SyncSection>
  );
}

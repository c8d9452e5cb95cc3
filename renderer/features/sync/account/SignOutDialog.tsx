// Signing out with unsynced or refused changes warns first and says where they go: nowhere. They stay
// in this account's data on this device and sync when the account signs in here again.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '../../../data/dbContext';
import { outboxSummary } from '../../../data/outbox/queries';
import { useAppStore } from '../../../store/appStore';
import { selectAccount, selectSyncStatus } from '../../../store/syncSlice';
import { signOut } from '../accountSession';
import { useSyncEngine } from '../SyncProvider';

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

export function SignOutDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const db = useDb();
  const engine = useSyncEngine();
  const account = useAppStore(selectAccount);
  const status = useAppStore(selectSyncStatus);
  const outbox = useLiveQuery(() => outboxSummary(db), [db]);
  const [busy, setBusy] = useState<'sync' | 'out' | null>(null);
  const name = account.user?.name ?? 'this account';
  const unsynced = (outbox?.pending ?? 0) + (outbox?.refused ?? 0) > 0;
  const parts = [outbox?.pending ? `${changes(outbox.pending)} not yet on the server` : null, outbox?.refused ? `${changes(outbox.refused)} refused by the server` : null].filter(Boolean);
  return (
    <Modal opened={opened} onClose={onClose} title="Sign out?" size="md" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        {unsynced ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={`This device has ${parts.join(' and ')}`}>
            They are not deleted. They stay in {name}’s data on this device and are sent when {name} signs in here again.
            Until then, nobody else sees them.
          </Alert>
        ) : (
          <Text size="sm">Everything on this device has reached the server. {name}’s data stays on this device for the next sign-in.</Text>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose} data-autofocus>Cancel</Button>
          {outbox?.pending && engine && status.state !== 'offline' ? (
            <Button variant="default" loading={busy === 'sync'} disabled={busy !== null} onClick={() => {
              setBusy('sync');
              void engine.syncNow().finally(() => setBusy(null));
            }}>
              Sync first
            </Button>
          ) : null}
          <Button color={unsynced ? 'red.9' : undefined} loading={busy === 'out'} disabled={busy !== null} onClick={() => {
            setBusy('out');
            void signOut();
          }}>
            {unsynced ? 'Sign out anyway' : 'Sign out'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useAppStore } from '../../../store/appStore';
import { selectSyncStatus } from '../../../store/syncSlice';
import { useSyncEngine } from '../SyncProvider';

export function SyncNowButton() {
  const engine = useSyncEngine();
  const status = useAppStore(selectSyncStatus);
  const [busy, setBusy] = useState(false);
  const unavailable = !engine || ['offline', 'standby', 'signed_out', 'stopped'].includes(status.state);
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} aria-hidden />}
      loading={busy || status.state === 'syncing'}
      disabled={unavailable}
      onClick={() => {
        setBusy(true);
        void engine?.syncNow().finally(() => setBusy(false));
      }}
    >
      Sync now
    </Button>
  );
}

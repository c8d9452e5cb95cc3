import { Alert } from '@mantine/core';
import { IconDatabaseExclamation } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { StorageHealth } from '../../data/storageHealth';
import { storageHealth } from '../../data/storageHealth';

const CHECK_EVERY_MS = 60_000;
const mb = (bytes: number | null) => (bytes === null ? '?' : `${Math.round(bytes / (1024 * 1024))} MB`);

/** Warns while the browser's storage for this app is nearly full: unsynced work could fail to save. */
export function StorageWarning() {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => void storageHealth().then((h) => live && setHealth(h));
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!health?.low) return null;
  return (
    <Alert role="alert" color="red" variant="light" radius={0} icon={<IconDatabaseExclamation size={18} />} title="Local storage is almost full">
      Only {mb(health.freeBytes)} of {mb(health.quotaBytes)} is left on this device. New entries may fail to save: sync
      now, then free disk space.{health.persisted ? '' : ' The browser has not granted persistent storage, so it may also clear this data.'}
    </Alert>
  );
}

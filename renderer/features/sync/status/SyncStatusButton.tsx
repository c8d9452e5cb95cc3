// The app bar's sync status: offline, syncing, pending changes, last synced, errors. Opens the sync page
// (conflicts, refused changes, details).
import { Loader, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import classes from './SyncStatusButton.module.css';
import { useSyncView } from './useSyncView';

export function SyncStatusButton() {
  const navigate = useNavigate();
  const { view } = useSyncView();
  return (
    <Tooltip label={view.sentence[0]!.toUpperCase() + view.sentence.slice(1)} multiline maw={320} openDelay={400}>
      <UnstyledButton className={classes.button} data-tone={view.tone} onClick={() => navigate('/sync')} aria-label={`Sync status: ${view.sentence}. Open sync details`}>
        {view.tone === 'busy' ? <Loader size={10} color="currentColor" aria-hidden /> : <span className={classes.dot} aria-hidden />}
        <Text component="span" size="sm" className={classes.label}>{view.label}</Text>
      </UnstyledButton>
    </Tooltip>
  );
}

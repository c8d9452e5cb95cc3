// The sync page: how syncing goes, the conflicts to look at, the changes the server refused, and the
// signed-in account (with sign out).
import { Stack } from '@mantine/core';
import { PageLayout } from '../../app/PageLayout';
import { AccountSection } from './account/AccountSection';
import { ConflictList } from './conflicts/ConflictList';
import { RefusedList } from './refused/RefusedList';
import { SyncDetails } from './status/SyncDetails';
import { SyncNowButton } from './status/SyncNowButton';

export function SyncPage() {
  return (
    <PageLayout title="Sync" description="Changes on this device and on the server: what is waiting, what conflicted, what was refused." actions={<SyncNowButton />}>
      <Stack gap="md" maw={900}>
        <SyncDetails />
        <ConflictList />
        <RefusedList />
        <AccountSection />
      </Stack>
    </PageLayout>
  );
}

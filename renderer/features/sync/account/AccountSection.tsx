import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAppStore } from '../../../store/appStore';
import { selectAccount } from '../../../store/syncSlice';
import { roleLabels } from '../signIn/signInForm';
import { SyncSection } from '../SyncSection';
import { SignOutDialog } from './SignOutDialog';

export function AccountSection() {
  const { user } = useAppStore(selectAccount);
  const [signingOut, setSigningOut] = useState(false);
  if (!user) return null;
  return (
    <SyncSection id="sync-account" title="Account">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          Signed in as <strong>{user.name}</strong> ({user.email}), {roleLabels[user.role].toLowerCase()}.
        </Text>
        <Button variant="default" size="xs" onClick={() => setSigningOut(true)}>Sign out…</Button>
      </Group>
      <SignOutDialog opened={signingOut} onClose={() => setSigningOut(false)} />
    </SyncSection>
  );
}

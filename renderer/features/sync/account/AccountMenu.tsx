// The app bar's account button: who is signed in, the sync page, and sign out.
import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { IconLogout, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAppStore } from '../../../store/appStore';
import { selectAccount } from '../../../store/syncSlice';
import { roleLabels } from '../signIn/signInForm';
import { SignOutDialog } from './SignOutDialog';

export function AccountMenu() {
  const { user } = useAppStore(selectAccount);
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  if (!user) return null;
  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={`Account: ${user.name}, ${roleLabels[user.role]}`}>
            <Avatar size={30} radius="xl" variant="filled" color="blue.9" name={user.name} />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.name} · {roleLabels[user.role]}</Menu.Label>
          <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => navigate('/sync')}>Sync and conflicts</Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => setSigningOut(true)}>Sign out…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutDialog opened={signingOut} onClose={() => setSigningOut(false)} />
    </>
  );
}

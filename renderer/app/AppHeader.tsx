import { Group, Text } from '@mantine/core';
import appIconUrl from '../../assets/icon.svg';
import { ActiveEventIndicator } from '../features/events/ActiveEventIndicator';
import { NoticeBell } from '../features/notifications/NoticeBell';
import { AccountMenu } from '../features/sync/account/AccountMenu';
import { SyncStatusButton } from '../features/sync/status/SyncStatusButton';
import { PaletteButton } from './PaletteButton';
import { ThemeToggle } from './ThemeToggle';

export function AppHeader() {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap={10} wrap="nowrap">
        <img src={appIconUrl} alt="" width={26} height={26} />
        <Text fw={650} fz="md" style={{ letterSpacing: '0.01em', whiteSpace: 'nowrap' }}>
          Liaison Desk
        </Text>
      </Group>
      <PaletteButton />
      <Group gap="xs" wrap="nowrap">
        <ActiveEventIndicator />
        <SyncStatusButton />
        <NoticeBell />
        <ThemeToggle />
        <AccountMenu />
      </Group>
    </Group>
  );
}

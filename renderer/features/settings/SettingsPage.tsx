// Settings: appearance (persisted in the UI store), notifications and ICS details (this device's
// database), and a reference of the keyboard shortcuts, generated from the same section list the
// shortcuts are registered from.
import { Kbd, Paper, SegmentedControl, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { PageLayout } from '../../app/PageLayout';
import { SECTIONS } from '../../app/sections';
import { useShortcut } from '../../app/useShortcut';
import { useAppStore } from '../../store/appStore';
import { IcsIdentitySettings } from '../ics/IcsIdentitySettings';
import { NoticeSettings } from '../notifications/NoticeSettings';
import {
  selectNavCollapsed,
  selectSetNavCollapsed,
  selectSetThemePreference,
  selectThemePreference,
} from '../../store/selectors';
import type { ThemePreference } from '../../store/uiSlice';

const THEME_OPTIONS: { value: ThemePreference; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

function SettingsGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Title order={2} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function SettingsPage() {
  const themePreference = useAppStore(selectThemePreference);
  const setThemePreference = useAppStore(selectSetThemePreference);
  const navCollapsed = useAppStore(selectNavCollapsed);
  const setNavCollapsed = useAppStore(selectSetNavCollapsed);
  const shortcut = useShortcut();
  const themeLabelId = useId();

  const shortcuts: [keys: string, action: string][] = [
    [shortcut.label('K'), 'Open the command palette'],
    ['↑ ↓  Enter', 'Choose and run a command in the palette'],
    ['Esc', 'Close the palette'],
    ...SECTIONS.map((section): [string, string] => [shortcut.label(section.hotkeyDigit), `Go to ${section.label}`]),
  ];

  return (
    <PageLayout title="Settings" description="Preferences for this device.">
      <Stack gap="lg" maw={720}>
        <SettingsGroup title="Appearance">
          <Stack gap="lg">
            <Stack gap={6}>
              <Text id={themeLabelId} size="sm" fw={500}>
                Theme
              </Text>
              <SegmentedControl
                aria-labelledby={themeLabelId}
                data={THEME_OPTIONS}
                value={themePreference}
                onChange={(value) => setThemePreference(value as ThemePreference)}
                w={300}
              />
              <Text size="xs" c="dimmed">
                System follows your operating system’s light or dark setting.
              </Text>
            </Stack>
            <Switch
              label="Compact sidebar"
              description="Show only icons in the navigation to leave more room on small screens."
              checked={navCollapsed}
              onChange={(event) => setNavCollapsed(event.currentTarget.checked)}
            />
          </Stack>
        </SettingsGroup>
        <SettingsGroup title="Notifications">
          <NoticeSettings />
        </SettingsGroup>
        <SettingsGroup title="ICS forms">
          <IcsIdentitySettings />
        </SettingsGroup>
        <SettingsGroup title="Keyboard shortcuts">
          <Table verticalSpacing={6} withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>Keys</Table.Th>
                <Table.Th>Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shortcuts.map(([keys, action]) => (
                <Table.Tr key={action}>
                  <Table.Td>
                    <Kbd size="xs">{keys}</Kbd>
                  </Table.Td>
                  <Table.Td>{action}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SettingsGroup>
      </Stack>
    </PageLayout>
  );
}

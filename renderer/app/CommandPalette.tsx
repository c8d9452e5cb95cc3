// Ctrl/Cmd+K: jump to any section or run a shell command (theme, sidebar) without the mouse.
// Later features add their own actions here.
import { Kbd } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { IconDeviceDesktop, IconLayoutSidebarLeftCollapse, IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { useAppStore } from '../store/appStore';
import {
  selectNavCollapsed,
  selectSetThemePreference,
  selectThemePreference,
  selectToggleColorScheme,
  selectToggleNavCollapsed,
} from '../store/selectors';
import { useLogCommands } from '../features/log/useLogCommands';
import { useTransferCommands } from '../features/transfer/useTransferCommands';
import { useResolvedColorScheme } from '../theme/useResolvedColorScheme';
import { SECTIONS } from './sections';
import { useGoToSection } from './useGoToSection';
import { useShortcut } from './useShortcut';

const ICON = { size: 18, stroke: 1.7, 'aria-hidden': true } as const;

export function CommandPalette() {
  const goToSection = useGoToSection();
  const shortcut = useShortcut();
  const scheme = useResolvedColorScheme();
  const preference = useAppStore(selectThemePreference);
  const setThemePreference = useAppStore(selectSetThemePreference);
  const toggleColorScheme = useAppStore(selectToggleColorScheme);
  const navCollapsed = useAppStore(selectNavCollapsed);
  const toggleNavCollapsed = useAppStore(selectToggleNavCollapsed);
  const logCommands = useLogCommands();
  const transferCommands = useTransferCommands();

  const actions: SpotlightActionGroupData[] = [
    {
      group: 'Go to',
      actions: SECTIONS.map((section) => ({
        id: `go-${section.id}`,
        label: section.label,
        description: section.summary,
        keywords: section.keywords,
        leftSection: <section.icon {...ICON} />,
        rightSection: <Kbd size="xs">{shortcut.label(section.hotkeyDigit)}</Kbd>,
        onClick: () => goToSection(section.path),
      })),
    },
    logCommands,
    transferCommands,
    {
      group: 'Appearance',
      actions: [
        {
          id: 'theme-toggle',
          label: scheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme',
          keywords: ['theme', 'dark mode', 'light mode', 'colour', 'color'],
          leftSection: scheme === 'dark' ? <IconSun {...ICON} /> : <IconMoon {...ICON} />,
          onClick: () => toggleColorScheme(scheme),
        },
        ...(preference === 'system'
          ? []
          : [
              {
                id: 'theme-system',
                label: 'Follow the system theme',
                keywords: ['theme', 'auto', 'os'],
                leftSection: <IconDeviceDesktop {...ICON} />,
                onClick: () => setThemePreference('system'),
              },
            ]),
        {
          id: 'nav-toggle',
          label: navCollapsed ? 'Expand sidebar' : 'Collapse sidebar',
          keywords: ['navigation', 'sidebar', 'compact'],
          leftSection: <IconLayoutSidebarLeftCollapse {...ICON} />,
          onClick: toggleNavCollapsed,
        },
      ],
    },
  ];

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      nothingFound="No section or command matches"
      highlightQuery
      // Once the list outgrows the window it scrolls; the arrow keys move the selection from the search
      // box, and the list itself is a Tab stop too so it can be scrolled without a mouse (axe: scrollable
      // regions must be keyboard reachable).
      scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': 'Commands' } }}
      attributes={{ content: { 'aria-label': 'Command palette' } }}
      searchProps={{
        leftSection: <IconSearch size={18} stroke={1.7} aria-hidden />,
        placeholder: 'Go to a section or run a command…',
        'aria-label': 'Search sections and commands',
      }}
    />
  );
}

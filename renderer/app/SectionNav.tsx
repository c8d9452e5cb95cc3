// Primary navigation: one link per section with its shortcut, and a compact (icons-only) mode for
// narrow laptop screens; the compact choice is a persisted UI preference.
import { AppShell, NavLink, Stack, Tooltip } from '@mantine/core';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { useAppStore } from '../store/appStore';
import { selectNavCollapsed, selectToggleNavCollapsed } from '../store/selectors';
import { SECTIONS } from './sections';
import classes from './SectionNav.module.css';
import { useShortcut } from './useShortcut';

const navLinkClassNames = { root: classes.link, body: classes.body, section: classes.section };

export function SectionNav() {
  const collapsed = useAppStore(selectNavCollapsed);
  const toggleNavCollapsed = useAppStore(selectToggleNavCollapsed);
  const { pathname } = useLocation();
  const shortcut = useShortcut();
  const ToggleIcon = collapsed ? IconLayoutSidebarLeftExpand : IconLayoutSidebarLeftCollapse;
  const toggleLabel = collapsed ? 'Expand sidebar' : 'Collapse sidebar';

  return (
    <>
      <AppShell.Section grow p={collapsed ? 6 : 'xs'}>
        <Stack gap={2}>
          {SECTIONS.map((section) => {
            const hint = shortcut.label(section.hotkeyDigit);
            const link = (
              <NavLink
                component={RouterNavLink}
                to={section.path}
                classNames={navLinkClassNames}
                data-collapsed={collapsed || undefined}
                active={pathname === section.path || pathname.startsWith(`${section.path}/`)}
                label={collapsed ? null : section.label}
                aria-label={collapsed ? section.label : undefined}
                aria-keyshortcuts={shortcut.aria(section.hotkeyDigit)}
                leftSection={<section.icon size={18} stroke={1.7} aria-hidden />}
                rightSection={collapsed ? null : <span className={classes.hint} aria-hidden>{hint}</span>}
              />
            );
            return (
              <Tooltip key={section.id} label={`${section.label} (${hint})`} position="right" disabled={!collapsed}>
                {link}
              </Tooltip>
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section className={classes.footer} p={collapsed ? 6 : 'xs'}>
        <Tooltip label={toggleLabel} position="right" disabled={!collapsed}>
          <NavLink
            component="button"
            classNames={navLinkClassNames}
            data-collapsed={collapsed || undefined}
            label={collapsed ? null : toggleLabel}
            aria-label={collapsed ? toggleLabel : undefined}
            leftSection={<ToggleIcon size={18} stroke={1.7} aria-hidden />}
            onClick={toggleNavCollapsed}
          />
        </Tooltip>
      </AppShell.Section>
    </>
  );
}

// The window frame every section renders into: header, section navigation, <main>, the command
// palette and the global shortcuts. Landmarks come from AppShell (header, nav, main).
import { AppShell } from '@mantine/core';
import { Outlet } from 'react-router';
import { useAppStore } from '../store/appStore';
import { selectNavCollapsed } from '../store/selectors';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { CommandPalette } from './CommandPalette';
import { MAIN_ID } from './focusMain';
import { SectionNav } from './SectionNav';
import { SkipLink } from './SkipLink';
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate';
import { useSectionHotkeys } from './useSectionHotkeys';
import { StorageWarning } from './data/StorageWarning';

const HEADER_HEIGHT = 48;
const NAV_WIDTH = 216;
const NAV_WIDTH_COLLAPSED = 56;

export function AppLayout() {
  const navCollapsed = useAppStore(selectNavCollapsed);
  useSectionHotkeys();
  useFocusMainOnNavigate();

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: HEADER_HEIGHT }}
        navbar={{ width: navCollapsed ? NAV_WIDTH_COLLAPSED : NAV_WIDTH, breakpoint: 0 }}
        padding={0}
      >
        <AppShell.Header className={classes.header}>
          <AppHeader />
        </AppShell.Header>
        <AppShell.Navbar className={classes.navbar} aria-label="Sections">
          <SectionNav />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} className={classes.main} tabIndex={-1}>
          <StorageWarning />
          <Outlet />
        </AppShell.Main>
      </AppShell>
      <CommandPalette />
    </>
  );
}

import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LiaisonDb } from '../data/db';
import { createTestDb } from '../data/testing/testDb';
import { appStore } from '../store/appStore';
import { appRoutes } from './routes';
import { renderRoutes } from '../testing/renderRoutes';

// Sections read the local database (useDb): every render gets an empty one.
let db: LiaisonDb;

const renderShell = (path = '/') => renderRoutes(db, appRoutes, path);

describe('app shell navigation', () => {
  beforeEach(async () => {
    db = await createTestDb();
    window.localStorage.clear();
    appStore.setState({ themePreference: 'light', navCollapsed: false });
  });

  it('opens on Customers and lists every section in the navigation landmark', async () => {
    const router = renderShell('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/customers');

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link')).toHaveLength(5);
    for (const name of ['Customers', 'Log', 'Briefings', 'Outreach', 'Settings']) {
      expect(within(nav).getByRole('link', { name }).getAttribute('aria-keyshortcuts')).toMatch(/^Control\+[1-5]$/);
    }
    expect(within(nav).getByRole('link', { name: 'Customers' }).getAttribute('aria-current')).toBe('page');
  });

  it('moves to a section on click and puts focus on its heading', async () => {
    const user = userEvent.setup();
    const router = renderShell('/customers');
    await screen.findByRole('heading', { level: 1, name: 'Customers' });

    await user.click(screen.getByRole('link', { name: 'Log' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Log' });
    expect(router.state.location.pathname).toBe('/log');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('link', { name: 'Log' }).getAttribute('aria-current')).toBe('page');
  });

  it('switches sections with Ctrl+digit', async () => {
    const user = userEvent.setup();
    const router = renderShell('/customers');
    await screen.findByRole('heading', { level: 1, name: 'Customers' });

    await user.keyboard('{Control>}3{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Briefings' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/briefings');
  });

  it('moves focus into the open section when its shortcut is pressed again, without a new history entry', async () => {
    const user = userEvent.setup();
    const router = renderShell('/customers');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Customers' });
    screen.getByRole('link', { name: 'Settings' }).focus();

    await user.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.pathname).toBe('/customers');
  });

  it('collapses the sidebar to icons and remembers it', async () => {
    const user = userEvent.setup();
    renderShell('/customers');
    await user.click(await screen.findByRole('button', { name: 'Collapse sidebar' }));
    expect(appStore.getState().navCollapsed).toBe(true);
    expect(screen.getByRole('button', { name: 'Expand sidebar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Outreach' }).textContent).toBe('');
    expect(window.localStorage.getItem('liaison-desk:ui')).toContain('"navCollapsed":true');
  });

  it('shows a not-found page for an unknown address', async () => {
    renderShell('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});

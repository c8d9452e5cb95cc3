import { configure, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appRoutes } from '../../app/routes';
import type { LiaisonDb } from '../../data/db';
import { appendLogEntry } from '../../data/log/commands';
import { recordNotices } from '../../data/notices/commands';
import { noticeSettings, unreadNoticeCount } from '../../data/notices/queries';
import { markSynced } from '../../data/sync/syncQueries';
import { logInput } from '../../data/testing/builders';
import { createTestDb, expectOk } from '../../data/testing/testDb';
import { platform } from '../../platform/platform';
import { renderRoutes } from '../../testing/renderRoutes';

// The whole app shell renders: give slow, shared test machines time.
configure({ asyncUtilTimeout: 10_000 });

let db: LiaisonDb;

beforeEach(async () => {
  db = await createTestDb({ name: 'Dana Reyes' });
});

/** Two notices that arrived after the first sync. */
async function seedNotices() {
  await markSynced(db, new Date().toISOString());
  await recordNotices(db, [], { synced: true, now: Date.now() - 60_000 });
  await recordNotices(db, [
    { id: 'briefing:b-1', kind: 'briefing', title: 'Briefing v4 published', body: 'Winter Storm Harlan: version 4 by Alex Author.', link: '/briefings' },
    { id: 'lifeSafety:e-1', kind: 'lifeSafety', title: 'Life-safety report', body: 'Sam Ortiz: Line down on Elm St', link: '/log' },
  ], { synced: true, now: Date.now() });
}

describe('notification settings', () => {
  it('switches each kind on and off and keeps the choice on the device', async () => {
    const user = userEvent.setup();
    renderRoutes(db, appRoutes, '/settings');
    const group = await screen.findByRole('region', { name: 'Notifications' });
    const lifeSafety = await within(group).findByRole('switch', { name: /Life-safety reports/ });
    expect(within(group).getByRole('switch', { name: /New briefings/ })).toHaveProperty('checked', true);
    expect(within(group).getByRole('switch', { name: /Follow-ups coming due/ })).toHaveProperty('checked', true);
    expect(lifeSafety).toHaveProperty('checked', true);

    await user.click(lifeSafety);
    await waitFor(async () => expect((await noticeSettings(db)).lifeSafety).toBe(false));
    await waitFor(() => expect(lifeSafety).toHaveProperty('checked', false));
    expect(await noticeSettings(db)).toEqual({ briefing: true, lifeSafety: false, followUp: true });
    expect(within(group).getByText(/cannot show desktop notifications|appear in the app/)).toBeTruthy();
  });
});

describe('notification bell', () => {
  it('shows the unread count, lists notices by keyboard and opens one where it points', async () => {
    await seedNotices();
    const user = userEvent.setup();
    const router = renderRoutes(db, appRoutes, '/settings');
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });

    bell.focus();
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const items = await within(panel).findAllByRole('button', { name: /published|Life-safety report/ });
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Life-safety report (unread)'),
      expect.stringContaining('Briefing v4 published (unread)'),
    ]);

    await user.click(items[1]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/briefings'));
    await waitFor(async () => expect(await unreadNoticeCount(db)).toBe(1));
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
  });

  it('marks everything read', async () => {
    await seedNotices();
    const user = userEvent.setup();
    renderRoutes(db, appRoutes, '/settings');
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(await screen.findByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy();
    expect(await unreadNoticeCount(db)).toBe(0);
  });
});

describe('OS notifications', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens what a notification is about when the user clicks it, and marks it read', async () => {
    const show = vi.spyOn(platform.notifications, 'show').mockResolvedValue({ ok: true, value: 'clicked' });
    expectOk(await appendLogEntry(db, logInput({
      summary: 'Call the water plant back', followUp: { owner: 'Dana Reyes', dueAt: new Date(Date.now() + 5 * 60_000).toISOString() },
    })));
    const router = renderRoutes(db, appRoutes, '/settings');
    await waitFor(() => expect(show).toHaveBeenCalledWith({ title: expect.stringMatching(/^Follow-up due in \d+ min$/), body: 'Call the water plant back' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/log/follow-ups'));
    await waitFor(async () => expect(await unreadNoticeCount(db)).toBe(0));
  });

  it('stays where the user is when the notification is dismissed', async () => {
    const show = vi.spyOn(platform.notifications, 'show').mockResolvedValue({ ok: true, value: 'closed' });
    expectOk(await appendLogEntry(db, logInput({
      summary: 'Call the water plant back', followUp: { owner: 'Dana Reyes', dueAt: new Date(Date.now() + 5 * 60_000).toISOString() },
    })));
    const router = renderRoutes(db, appRoutes, '/settings');
    await waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings');
  });
});

import { configure, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acknowledgeBriefing } from '../../data/briefingAcks/commands';
import { publishBriefing, saveBriefingDraft } from '../../data/briefings/commands';
import type { LiaisonDb } from '../../data/db';
import type { BriefingRow } from '../../data/rows';
import { createEvent } from '../../data/events/commands';
import { markBriefingRead, updateLocalProfile } from '../../data/meta/commands';
import { metaKeys } from '../../data/meta/keys';
import { lastReadBriefingVersion } from '../../data/meta/queries';
import { at, briefingContent, eventInput } from '../../data/testing/builders';
import { createTestDb, expectOk } from '../../data/testing/testDb';
import { appStore } from '../../store/appStore';
import { BriefingsPage } from './BriefingsPage';
import { renderRoutes } from '../../testing/renderRoutes';

// The first render opens the database and runs several live queries: on a busy machine that can
// take longer than the default second.
configure({ asyncUtilTimeout: 8000 });

const H = 60;

/** An event with two published versions (v2 moves Riverside's ETR 2 h later and adds Lakeshore). */
async function stormWithTwoVersions(role: 'liaison' | 'briefing_author') {
  const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
  const event = expectOk(await createEvent(db, eventInput()));
  const publish = async (content: Parameters<typeof briefingContent>[0]) =>
    expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent(content))).id));
  await publish({ talkingPoints: ['Crews are working around the clock.'], nextBriefingAt: at(6 * H) });
  await publish({
    asOf: new Date(Date.now() - 30 * 60_000).toISOString(), nextBriefingAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
    customersAffected: 30_000, customersRestored: 30_000,
    areas: [{ serviceArea: 'Riverside', customersOut: 18_000, etr: at(26 * H) }, { serviceArea: 'Lakeshore', customersOut: 12_000, etr: null }],
    talkingPoints: ['Mutual aid crews arrived overnight.'],
  });
  // Publishing marked version 2 read on this device; Sam's device has read version 1 only.
  await db.syncMeta.delete(metaKeys.briefingRead(event.id));
  await markBriefingRead(db, event.id, 1);
  expectOk(await updateLocalProfile(db, { name: 'Sam Ortiz', role }));
  return { db, event };
}

/** Selects a node's text as a mouse drag or Ctrl+A would. */
function select(node: Node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

/** An acknowledgement as it arrives with sync from another user's device. */
async function syncedAck(db: LiaisonDb, briefing: BriefingRow, userName: string, minutesAgo: number) {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const userId = `u-${userName.split(' ')[0]!.toLowerCase()}`;
  await db.briefingAcks.add({
    id: crypto.randomUUID(), scopeId: briefing.eventId, createdAt: at, updatedAt: at, updatedBy: userId, deletedAt: null,
    briefingId: briefing.id, eventId: briefing.eventId, version: briefing.version, userId, userName, at,
  });
}

const renderBriefings = (db: LiaisonDb) =>
  renderRoutes(db, [
    { path: '/briefings', element: <BriefingsPage /> },
    { path: '/briefings/:eventId/draft', element: <h1>Draft form</h1> },
  ], '/briefings');

describe('Briefings page', { timeout: 60_000 }, () => {
  beforeEach(() => {
    appStore.setState({ briefingsEventId: null, briefingsVersion: null });
    // Times of today are shown without a date: keep "30 min ago" on the same day whenever this runs.
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'], now: noon });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the current version, its age, and what changed since the version last read', async () => {
    const { db } = await stormWithTwoVersions('liaison');
    renderBriefings(db);
    expect(await screen.findByRole('heading', { level: 2, name: 'Version 2' })).toBeTruthy();
    expect(screen.getByTestId('briefing-age').textContent).toMatch(/^Figures as of \d{2}:\d{2}, 30 min ago$/);
    expect(screen.queryByText('This briefing may be out of date')).toBeNull();

    const changes = await screen.findByRole('region', { name: 'What changed since version 1, the one you last read' });
    const totals = within(changes).getByRole('table', { name: 'Totals changed' });
    expect(within(totals).getByRole('row', { name: /Customers affected/ }).textContent).toBe('Customers affected50,00030,000−20,000');
    const areas = within(changes).getByRole('table', { name: 'Areas changed from version 1 to version 2' });
    expect(within(areas).getByRole('row', { name: /Riverside/ }).textContent).toMatch(/20,000 → 18,000.*2 h later/);
    expect(within(areas).getByRole('row', { name: /Lakeshore/ }).textContent).toContain('New area');
    expect(within(changes).getByText('Mutual aid crews arrived overnight.')).toBeTruthy();
    expect(within(changes).getByText('Crews are working around the clock.')).toBeTruthy();
    // Liaisons get no authoring controls.
    expect(screen.queryByRole('button', { name: /New version|Edit draft/ })).toBeNull();
  });

  it('acknowledges the current version, which marks it read, and keeps the changes on screen', async () => {
    const user = userEvent.setup();
    const { db, event } = await stormWithTwoVersions('liaison');
    renderBriefings(db);
    await user.click(await screen.findByRole('button', { name: 'Acknowledge version 2' }));
    expect(await screen.findByText(/^You acknowledged version 2 at \d{2}:\d{2}$/)).toBeTruthy();
    expect(screen.getByRole('region', { name: /What changed since version 1/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Acknowledged by 1' })).toBeTruthy();
    expect(await db.briefingAcks.where('eventId').equals(event.id).count()).toBe(1);
    await waitFor(() => expect(within(screen.getByRole('navigation', { name: 'Briefing versions' })).queryByText('Unread')).toBeNull());
  });

  it('marks a superseded version loudly and warns before copying from it', async () => {
    const user = userEvent.setup();
    const { db } = await stormWithTwoVersions('liaison');
    renderBriefings(db);
    await user.click(await screen.findByRole('button', { name: /^Version 1/ }));
    expect(await screen.findByText('Superseded: do not quote version 1')).toBeTruthy();
    // Version 1's own next-briefing time has long passed, but superseded is the louder message.
    expect(screen.queryByText('This briefing may be out of date')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Copy talking point 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Version 1 is superseded' });
    expect(within(dialog).getByText('Crews are working around the clock.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await navigator.clipboard.readText()).toBe('');

    await user.click(screen.getByRole('button', { name: 'Copy talking point 1' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Copy anyway' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('Crews are working around the clock.'));

    await user.click(screen.getByRole('button', { name: 'Read version 2' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Version 2' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy talking point 1' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('Mutual aid crews arrived overnight.'));
  });

  it('warns before selected text leaves a superseded version by keyboard copy, even from a select-all', async () => {
    const user = userEvent.setup();
    const { db } = await stormWithTwoVersions('liaison');
    renderBriefings(db);
    await user.click(await screen.findByRole('button', { name: /^Version 1/ }));
    await screen.findByText('Superseded: do not quote version 1');
    await navigator.clipboard.writeText('nothing copied yet');

    select(document.body);
    await user.copy();
    const dialog = await screen.findByRole('dialog', { name: 'Version 1 is superseded' });
    expect(within(dialog).getByText(/Crews are working around the clock\./)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await navigator.clipboard.readText()).toBe('nothing copied yet');

    select(screen.getByText('Crews are working around the clock.'));
    await user.copy();
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Copy anyway' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('Crews are working around the clock.'));

    // The current version copies without a word.
    await user.click(screen.getByRole('button', { name: 'Read version 2' }));
    select(await screen.findByText('Mutual aid crews arrived overnight.', { selector: 'article p' }));
    await user.copy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('Mutual aid crews arrived overnight.'));
  });

  it('counts a version the user acknowledged on another device as read', async () => {
    const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
    const event = expectOk(await createEvent(db, eventInput()));
    const v1 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent())).id));
    expectOk(await acknowledgeBriefing(db, v1.id));
    expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({ customersRestored: 20_000 }))).id));
    // Acknowledgements sync; read markers do not: this device has the acknowledgement but no marker.
    await db.syncMeta.delete(metaKeys.briefingRead(event.id));
    renderBriefings(db);
    expect(await screen.findByRole('region', { name: 'What changed since version 1, the one you last read' })).toBeTruthy();
    expect(await lastReadBriefingVersion(db, event.id)).toBe(1);
  });

  it('warns when the current version is older than its next-briefing time', async () => {
    const { db, event } = await stormWithTwoVersions('liaison');
    const current = await db.briefings.where('[eventId+version]').equals([event.id, 2]).first();
    await db.briefings.put({ ...current!, nextBriefingAt: new Date(Date.now() - 10 * 60_000).toISOString() });
    renderBriefings(db);
    expect(await screen.findByText('This briefing may be out of date')).toBeTruthy();
    expect(screen.getByText(/^The next briefing was due at \d{2}:\d{2} \(10 min ago\)/)).toBeTruthy();
  });

  it('offers briefing authors a new version, and an empty state before anything is published', async () => {
    const user = userEvent.setup();
    const { db } = await stormWithTwoVersions('briefing_author');
    const router = renderBriefings(db);
    await user.click(await screen.findByRole('button', { name: 'New version' }));
    expect(router.state.location.pathname).toMatch(/^\/briefings\/[0-9a-f-]+\/draft$/);

    const other = await createTestDb({ role: 'liaison' });
    expectOk(await createEvent(other, eventInput({ name: 'Cedar Creek Maintenance' })));
    router.dispose();
    renderBriefings(other);
    expect(await screen.findByText('No briefing for Cedar Creek Maintenance yet')).toBeTruthy();
  });

  it('shows the author their own new version as read, and who has acknowledged it', async () => {
    const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
    const event = expectOk(await createEvent(db, eventInput()));
    const v1 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent())).id));
    const v2 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({ customersRestored: 20_000 }))).id));
    await syncedAck(db, v1, 'Dana Whitfield', 90);
    await syncedAck(db, v1, 'Lee Park', 80);
    await syncedAck(db, v2, 'Dana Whitfield', 20);
    await syncedAck(db, v2, 'Chris Moreno', 10);
    renderBriefings(db);

    const acks = await screen.findByRole('region', { name: 'Acknowledgements of version 2' });
    expect(within(screen.getByRole('navigation', { name: 'Briefing versions' })).queryByText('Unread')).toBeNull();
    expect(screen.queryByRole('region', { name: /New briefing|What changed/ })).toBeNull();
    expect(await within(acks).findByText('2 people acknowledged version 2. Not yet: 1 person who acknowledged an earlier version.')).toBeTruthy();
    const rows = (name: string) => within(within(acks).getByRole('table', { name })).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows('Acknowledged version 2')).toEqual(['Dana Whitfield11:40', 'Chris Moreno11:50']);
    expect(rows('Not yet acknowledged version 2')).toEqual(['Lee ParkVersion 1, acknowledged 10:40']);

    // Readers do not get the author's view.
    expectOk(await updateLocalProfile(db, { role: 'liaison' }));
    expect(await screen.findByRole('button', { name: 'Acknowledge version 2' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Acknowledgements of version 2' })).toBeNull());
  });
});

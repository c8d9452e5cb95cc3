import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishBriefing, saveBriefingDraft } from '../../../data/briefings/commands';
import { briefingVersions, draftBriefing } from '../../../data/briefings/queries';
import type { LiaisonDb } from '../../../data/db';
import { createEvent } from '../../../data/events/commands';
import { markBriefingRead, updateLocalProfile } from '../../../data/meta/commands';
import { metaKeys } from '../../../data/meta/keys';
import { at, briefingContent, eventInput } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { appStore } from '../../../store/appStore';
import { BriefingsPage } from '../BriefingsPage';
import { BriefingDraftPage } from './BriefingDraftPage';
import { renderRoutes } from '../../../testing/renderRoutes';

configure({ asyncUtilTimeout: 8000 });

async function eventWithVersion1(role: 'briefing_author' | 'admin' | 'liaison' = 'briefing_author') {
  const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
  const event = expectOk(await createEvent(db, eventInput()));
  const draft = expectOk(await saveBriefingDraft(db, event.id, briefingContent({ damage: 'Poles down.', nextBriefingAt: at(6 * 60) })));
  expectOk(await publishBriefing(db, draft.id));
  expectOk(await updateLocalProfile(db, { role }));
  return { db, event };
}

const renderDraft = (db: LiaisonDb, eventId: string) =>
  renderRoutes(db, [
    { path: '/briefings', element: <h1>Briefings</h1> },
    { path: '/briefings/:eventId/draft', element: <BriefingDraftPage /> },
  ], `/briefings/${eventId}/draft`);

const field = (name: string) => screen.getByRole('textbox', { name });

/** The text a reader reads in a version: everything but the status badge (the preview's says
 *  "Preview"), the Acknowledge control that closes the "what changed" section (the preview shows it
 *  inert) and Mantine's generated style tags. */
function readerText(article: HTMLElement) {
  const copy = article.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('style, [data-status-badge]').forEach((element) => element.remove());
  copy.querySelector('section[aria-labelledby="briefing-changes-title"]')?.lastElementChild?.remove();
  return copy.textContent;
}

describe('briefing draft form', { timeout: 60_000 }, () => {
  beforeEach(() => appStore.setState({ briefingsEventId: null, briefingsVersion: null }));
  afterEach(() => vi.useRealTimers());

  it('is not offered to liaisons: they are sent back to reading', async () => {
    const { db, event } = await eventWithVersion1('liaison');
    const router = renderDraft(db, event.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Briefings' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/briefings');
  });

  it('starts from the previous version and says exactly what is wrong, keeping the input', async () => {
    const user = userEvent.setup();
    const { db, event } = await eventWithVersion1();
    renderDraft(db, event.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'New version 2' })).toBeTruthy();
    expect((field('Service area, row 1') as HTMLInputElement).value).toBe('Riverside');
    expect((field('Damage') as HTMLTextAreaElement).value).toBe('Poles down.');

    await user.clear(field('Service area, row 1'));
    await user.clear(field('Customers affected'));
    await user.click(screen.getByRole('button', { name: 'Add talking point' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Talking point 2')));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Customers affected is required')).toBeTruthy();
    expect(within(summary).getByText('Service area is required')).toBeTruthy();
    expect(within(summary).getByText('Talking point is required')).toBeTruthy();
    expect(field('Service area, row 1').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Customers affected')));
    expect((field('Damage') as HTMLTextAreaElement).value).toBe('Poles down.');
    expect(await draftBriefing(db, event.id)).toBeNull();

    // The preview waits for valid content.
    await user.click(screen.getByRole('tab', { name: 'Preview as readers see it' }));
    expect(screen.getByRole('tab', { name: 'Edit' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Customers affected')));
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('refuses a service area listed twice', async () => {
    const user = userEvent.setup();
    const { db, event } = await eventWithVersion1();
    renderDraft(db, event.id);
    await user.click(await screen.findByRole('button', { name: 'Add area' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Service area, row 2')));
    await user.keyboard('riverside');
    await user.type(field('Customers out, row 2'), '500');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Service area riverside is listed twice', { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
  });

  it('saves a draft, then publishes it, superseding the previous version', async () => {
    const user = userEvent.setup();
    const { db, event } = await eventWithVersion1();
    const router = renderDraft(db, event.id);
    await screen.findByRole('heading', { level: 1, name: 'New version 2' });
    await user.clear(field('Customers restored'));
    await user.paste('25000');
    await user.click(screen.getByRole('button', { name: 'Add area' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Service area, row 2')));
    await user.paste('Lakeshore');
    await user.click(field('Customers out, row 2'));
    await user.paste('4000');
    fireEvent.change(screen.getByLabelText('ETR, row 2'), { target: { value: '2025-01-16T18:30' } });
    await user.click(screen.getByRole('button', { name: 'Remove talking point 1' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText(/^Draft saved at \d{2}:\d{2}$/);
    const draft = await draftBriefing(db, event.id);
    expect(draft).toMatchObject({
      version: 2, customersRestored: 25_000, talkingPoints: [],
      areas: [expect.objectContaining({ serviceArea: 'Riverside' }), { serviceArea: 'Lakeshore', customersOut: 4_000, etr: new Date('2025-01-16T18:30').toISOString(), notes: '' }],
    });

    await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2?' });
    expect(within(dialog).getByText(/Version 1 will be marked superseded/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 2' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/briefings'));
    expect((await briefingVersions(db, event.id)).map((b) => `${b.version}:${b.status}`)).toEqual(['2:published', '1:superseded']);
    expect(appStore.getState().briefingsEventId).toBe(event.id);
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    const { db, event } = await eventWithVersion1('admin');
    const router = renderDraft(db, event.id);
    await user.type(await screen.findByRole('textbox', { name: 'Crews' }), '300 crews');
    await user.click(screen.getByRole('button', { name: 'Back to briefings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe(`/briefings/${event.id}/draft`);
    expect((field('Crews') as HTMLTextAreaElement).value).toBe('300 crews');
    await user.click(screen.getByRole('button', { name: 'Back to briefings' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/briefings'));
  });

  it('previews the draft as readers will see it, then publishes it as read by its author', async () => {
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'], now: noon });
    const user = userEvent.setup();
    const { db, event } = await eventWithVersion1();
    const router = renderRoutes(db, [
      { path: '/briefings', element: <BriefingsPage /> },
      { path: '/briefings/:eventId/draft', element: <BriefingDraftPage /> },
    ], `/briefings/${event.id}/draft`);
    await screen.findByRole('heading', { level: 1, name: 'New version 2' });
    await user.clear(field('Customers affected'));
    await user.paste('45000');
    await user.click(screen.getByRole('button', { name: 'Add talking point' }));
    await waitFor(() => expect(document.activeElement).toBe(field('Talking point 2')));
    await user.paste('Mutual aid crews arrived overnight.');

    await user.click(screen.getByRole('tab', { name: 'Preview as readers see it' }));
    const preview = await screen.findByRole('article', { name: 'Briefing version 2' });
    expect(within(preview).getByRole('heading', { level: 2, name: 'Version 2' })).toBeTruthy();
    expect(preview.querySelector('[data-status-badge]')?.textContent).toBe('Preview');
    expect(within(preview).getByText(/^Issued \d{2}:\d{2} by Elena Vasquez/)).toBeTruthy();
    const changes = within(preview).getByRole('region', { name: 'What changed since version 1, the one you last read' });
    expect(within(changes).getByRole('row', { name: /Customers affected/ }).textContent).toBe('Customers affected50,00045,000−5,000');
    expect(within(changes).getByText('Mutual aid crews arrived overnight.')).toBeTruthy();
    expect(within(changes).getByRole('button', { name: 'Acknowledge version 2' }).hasAttribute('disabled')).toBe(true);
    const previewed = readerText(preview);

    await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Publish version 2?' })).getByRole('button', { name: 'Publish version 2' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/briefings'));
    // The author has read what they published, and the previous version is superseded.
    const versions = await screen.findByRole('navigation', { name: 'Briefing versions' });
    await waitFor(() => expect(within(versions).getByRole('button', { name: /^Version 1/ }).textContent).toContain('Superseded'));
    expect(within(versions).queryByText('Unread')).toBeNull();
    expect(await screen.findByRole('region', { name: 'Acknowledgements of version 2' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /What changed since/ })).toBeNull();

    // A liaison who last read version 1 reads exactly what the preview showed.
    router.dispose();
    await db.syncMeta.delete(metaKeys.briefingRead(event.id));
    await markBriefingRead(db, event.id, 1);
    expectOk(await updateLocalProfile(db, { name: 'Sam Ortiz', role: 'liaison' }));
    renderRoutes(db, [{ path: '/briefings', element: <BriefingsPage /> }], '/briefings');
    const read = await screen.findByRole('article', { name: 'Briefing version 2' });
    await within(read).findByRole('region', { name: 'What changed since version 1, the one you last read' });
    await within(read).findByRole('button', { name: 'Acknowledge version 2' });
    expect(read.querySelector('[data-status-badge]')?.textContent).toBe('Published');
    expect(readerText(read)).toBe(previewed);
  });
});

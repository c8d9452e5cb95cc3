import { configure, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishBriefing, saveBriefingDraft } from '../../data/briefings/commands';
import { createCustomer } from '../../data/customers/commands';
import type { LiaisonDb } from '../../data/db';
import { activateEvent, createEvent } from '../../data/events/commands';
import { appendLogEntry } from '../../data/log/commands';
import { updateLocalProfile } from '../../data/meta/commands';
import { briefingContent, customerInput, eventInput } from '../../data/testing/builders';
import { createTestDb, expectOk } from '../../data/testing/testDb';
import { toLocalInput } from '../../format/localInput';
import { appStore } from '../../store/appStore';
import { emptyLogDraft } from '../../store/logSlice';
import { renderRoutes } from '../../testing/renderRoutes';
import { logRoute } from '../log/logRoute';
import { outreachRoute } from './outreachRoute';

configure({ asyncUtilTimeout: 10_000 });

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Math.round((Date.now() + h * HOUR) / 60_000) * 60_000).toISOString();

// jsdom has no layout: give the listbox a viewport so the virtualizer renders rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'listbox' ? 540 : 0;
    },
  });
});

beforeEach(() => appStore.setState({ outreachCursorId: null, logDraft: emptyLogDraft }));

/** A storm with v1 published: Riverside out until 10 h from now. */
async function storm() {
  const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
  const event = expectOk(await createEvent(db, eventInput()));
  expectOk(await activateEvent(db, event.id));
  const publish = async (etrHours: number) =>
    expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({
      asOf: new Date().toISOString(), areas: [{ serviceArea: 'Riverside', customersOut: 900, etr: inHours(etrHours) }],
    }))).id));
  const v1 = await publish(10);
  const gen = (fuelHours: number) => ({ present: true, sizeKw: 500, fuelHours, transferSwitch: 'automatic' as const, status: 'operational' as const });
  const hospital = expectOk(await createCustomer(db, customerInput({ name: 'Mercy Regional Hospital', tier: 'life_safety', backupGeneration: gen(4) })));
  const plant = expectOk(await createCustomer(db, customerInput({ name: 'Riverside Water Plant', accountNumber: '4001-1', tier: 'critical_infrastructure', backupGeneration: gen(48) })));
  expectOk(await createCustomer(db, customerInput({
    name: 'Bayview Mall', accountNumber: '4001-2', tier: 'major_commercial',
    servicePoints: [{ address: '1 Bay Rd', feeder: '', substation: '', serviceArea: 'Bayview' }],
  })));
  expectOk(await updateLocalProfile(db, { role: 'liaison' }));
  return { db, event, v1, hospital, plant, publish: async (h: number) => {
    expectOk(await updateLocalProfile(db, { role: 'briefing_author' }));
    const v = await publish(h);
    expectOk(await updateLocalProfile(db, { role: 'liaison' }));
    return v;
  } };
}

const render = (db: LiaisonDb) => renderRoutes(db, [{ path: '/', children: [outreachRoute, logRoute] }], '/outreach');
const options = async () => within(await screen.findByRole('listbox', { name: 'Customers to contact' })).findAllByRole('option');

describe('Outreach page', { timeout: 60_000 }, () => {
  it('ranks the affected customers, flags the short generator, and logs a prefilled call attempt from the keyboard', async () => {
    const { db, v1, plant } = await storm();
    const router = render(db);
    await waitFor(async () => expect((await options()).map((o) => o.textContent)).toEqual([
      expect.stringContaining('Mercy Regional Hospital'), expect.stringContaining('Riverside Water Plant'),
    ]));
    const [hospitalRow] = await options();
    expect(hospitalRow!.textContent).toMatch(/Escalate: generator short by (6 h|5 h 59 min)/);
    expect(screen.getByText(/areas and ETRs per briefing v1/)).toBeTruthy();

    const user = userEvent.setup();
    const listbox = screen.getByRole('listbox', { name: 'Customers to contact' });
    listbox.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Log call to Riverside Water Plant' })).toBeTruthy();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/log'));
    const bar = await screen.findByRole('form', { name: 'Log a call' });
    expect(within(bar).getByLabelText<HTMLInputElement>('Customer').value).toBe('Riverside Water Plant');
    expect(within(bar).getByLabelText<HTMLSelectElement>('Category').value).toBe('etr_given');
    expect(within(bar).getByLabelText<HTMLInputElement>(/^ETR given/).value).toBe(toLocalInput(v1.areas[0]!.etr));
    // The quoted briefing's label comes from a live query of the briefing: it may render a moment later.
    await waitFor(() => expect(within(bar).getByLabelText<HTMLInputElement>('Per briefing v1').checked).toBe(true));
    expect(within(bar).getByLabelText<HTMLInputElement>('Summary').value).toMatch(/^Outreach call: restoration expected .* per briefing v1\.$/);
    // The bar takes focus on the call's outcome, the one thing left to say.
    await waitFor(() => expect(document.activeElement).toBe(within(bar).getByLabelText('Outcome')));
    await user.selectOptions(within(bar).getByLabelText('Outcome'), 'no_answer');
    await user.click(within(bar).getByRole('button', { name: 'Log entry' }));

    await waitFor(async () => expect((await db.logEntries.toArray()).map((e) => [e.customerId, e.contactOutcome, e.etrGiven?.briefingVersion])).toEqual([
      [plant.id, 'no_answer', 1],
    ]));
    await router.navigate('/outreach');
    await waitFor(async () => expect((await options())[1]!.textContent).toContain('Attempted'));
    expect(screen.getByText(/^Attempted:/).textContent).toBe('Attempted: 1');
  });

  it('queues a callback when a newer briefing moves a promised ETR by more than 2 hours, and closes it when the callback is logged', async () => {
    const { db, v1, hospital, publish } = await storm();
    expectOk(await appendLogEntry(db, {
      customerId: hospital.id, channel: 'phone', direction: 'outbound', contactOutcome: 'reached', category: 'etr_given',
      summary: 'Gave the ETR.', etrGiven: { etr: v1.areas[0]!.etr!, briefingId: v1.id },
    }));
    const router = render(db);
    await waitFor(async () => expect((await options())[0]!.textContent).toContain('Reached'));
    expect((await options())[0]!.textContent).not.toContain('Callback');

    const v2 = await publish(15);
    await waitFor(async () => expect((await options())[0]!.textContent).toContain('Callback: ETR moved'));
    expect(screen.getByText(/^Callbacks due:/).textContent).toBe('Callbacks due: 1');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Log call to Mercy Regional Hospital' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/log'));
    const bar = await screen.findByRole('form', { name: 'Log a call' });
    expect(within(bar).getByLabelText<HTMLInputElement>(/^ETR given/).value).toBe(toLocalInput(v2.areas[0]!.etr));
    expect(within(bar).getByLabelText<HTMLInputElement>('Summary').value).toMatch(/^ETR callback: restoration now expected .* per briefing v2\.$/);
    await user.click(within(bar).getByRole('button', { name: 'Log entry' }));
    await waitFor(async () => expect(await db.logEntries.count()).toBe(2));

    await router.navigate('/outreach/ledger');
    const ledger = await screen.findByRole('table', { name: 'ETR ledger' });
    await waitFor(() => expect(within(ledger).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[5]!.textContent)).toEqual([
      expect.stringContaining('Standing'), expect.stringContaining('Called back'),
    ]));
    expect(within(ledger).getByText('Briefing v2')).toBeTruthy();
    await router.navigate('/outreach');
    await waitFor(async () => expect((await options())[0]!.textContent).not.toContain('Callback'));
    expect(screen.getByText(/^Callbacks due:/).textContent).toBe('Callbacks due: 0');
  });

  it('shows the callback in the follow-ups list, where Call back prefills the quick-entry bar', async () => {
    const { db, v1, hospital, publish } = await storm();
    expectOk(await appendLogEntry(db, {
      customerId: hospital.id, channel: 'phone', direction: 'outbound', category: 'etr_given', summary: 'Gave the ETR.', etrGiven: { etr: v1.areas[0]!.etr!, briefingId: v1.id },
    }));
    const v2 = await publish(6);
    renderRoutes(db, [{ path: '/', children: [outreachRoute, logRoute] }], '/log/follow-ups');
    const section = await screen.findByRole('region', { name: 'ETR callbacks (1)' });
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Call back Mercy Regional Hospital with the new ETR' }));
    const bar = await screen.findByRole('form', { name: 'Log a call' });
    await waitFor(() => expect(within(bar).getByLabelText<HTMLInputElement>('Customer').value).toBe('Mercy Regional Hospital'));
    expect(within(bar).getByLabelText<HTMLInputElement>(/^ETR given/).value).toBe(toLocalInput(v2.areas[0]!.etr));
  });

  it('between events shows check-ins and planned-interruption notices; a notice is logged to the planned event', async () => {
    const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
    expectOk(await createCustomer(db, customerInput({ name: 'Mercy Regional Hospital' })));
    const planned = expectOk(await createEvent(db, eventInput({ name: 'Feeder 12 rebuild', kind: 'planned_outage', affectedServiceAreas: ['Riverside'] })));
    const router = render(db);
    expect(await screen.findByText('No active event')).toBeTruthy();
    const checkIns = await screen.findByRole('table', { name: /^Check-ins due/ });
    expect(within(checkIns).getByText('Never contacted')).toBeTruthy();
    const notices = await screen.findByRole('table', { name: 'Feeder 12 rebuild: 0 of 1 notified' });
    await userEvent.setup().click(within(notices).getByRole('button', { name: 'Log the notice to Mercy Regional Hospital' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/log'));
    expect((await screen.findByText(/\(this entry only\)/)).textContent).toBe('Logging to Feeder 12 rebuild (this entry only)');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Log entry' }));
    await waitFor(async () => expect((await db.logEntries.toArray()).map((e) => e.eventId)).toEqual([planned.id]));
    await router.navigate('/outreach/check-ins');
    expect(await screen.findByRole('table', { name: 'Feeder 12 rebuild: 1 of 1 notified' })).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../../../data/bulkLoad';
import { createContact } from '../../../data/contacts/commands';
import { createCustomer } from '../../../data/customers/commands';
import { activateEvent, createEvent } from '../../../data/events/commands';
import { appendLogEntry, closeFollowUp, correctLogEntry } from '../../../data/log/commands';
import { contactInput, customerInput, eventInput, logInput, logRecord } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { emptyLogFilters } from '../../../store/logSlice';
import type { LogFilters } from '../../../store/logSlice';
import { buildTimelineRows, loadTimeline } from './timelineModel';
import type { EntryView, TimelineRow } from './timelineModel';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

async function setup() {
  const db = await createTestDb({ name: 'Dana Whitfield' });
  const mercy = expectOk(await createCustomer(db, customerInput({ name: 'Mercy Regional Hospital' })));
  const maria = expectOk(await createContact(db, contactInput(mercy.id)));
  const plant = expectOk(await createCustomer(db, customerInput({ name: 'Lakeport Water Plant', accountNumber: '4001-000-111' })));
  const storm = expectOk(await createEvent(db, eventInput({ name: 'Winter Storm Harlan', startedAt: ago(30) })));
  expectOk(await activateEvent(db, storm.id));
  const outside = expectOk(await appendLogEntry(db, logInput({ eventId: null, customerId: plant.id, summary: 'Weekly check-in before the storm.', occurredAt: ago(40) })));
  const status = expectOk(await appendLogEntry(db, logInput({ customerId: mercy.id, contactId: maria.id, summary: 'Running on generator.', occurredAt: ago(2) })));
  const promise = expectOk(await appendLogEntry(db, logInput({
    customerId: plant.id, category: 'commitment', summary: 'Will call back with an ETR.', occurredAt: ago(1),
    followUp: { owner: 'Dana Whitfield', dueAt: ago(0.5) },
  })));
  const early = expectOk(await appendLogEntry(db, logInput({ summary: 'Period 1 status call.', occurredAt: ago(29) })));
  // Logged by another liaison on their device, arrived by sync.
  const fire = logRecord({
    authorId: 'user-sam', authorName: 'Sam Ortiz', eventId: storm.id, operationalPeriod: 3, occurredAt: ago(3), recordedAt: ago(2.9),
    customerId: mercy.id, category: 'emergency_report', lifeSafety: 'fire', direction: 'inbound', significant: true, summary: 'Transformer fire at the service entrance.',
  });
  expect((await bulkLoad(db, 'logEntries', [fire])).rejected).toEqual([]);
  const correction = expectOk(await correctLogEntry(db, status.id, { summary: 'Running on generator, 30 h of fuel.' }));
  const closing = expectOk(await closeFollowUp(db, promise.id, { summary: 'Called back with the ETR.' }));
  return { db, storm, mercy, maria, plant, outside, status, promise, early, fire, correction, closing };
}

const filters = (patch: Partial<LogFilters> = {}): LogFilters => ({ ...emptyLogFilters, ...patch });
const entryRows = (rows: TimelineRow[]) => rows.filter((r): r is Extract<TimelineRow, { kind: 'entry' }> => r.kind === 'entry').map((r) => r.view);
const shape = (rows: TimelineRow[]) =>
  rows.map((r) => (r.kind === 'event' ? `event ${r.title} (${r.entries})` : r.kind === 'period' ? `  OP ${r.number ?? '-'} (${r.entries}, ${r.lifeSafety} life-safety)` : `    ${r.view.role}: ${r.view.entry.summary}`));

describe('timeline view model', () => {
  it('groups by event and operational period, life-safety first, corrections next to what they correct', async () => {
    const { db, storm } = await setup();
    const view = buildTimelineRows(await loadTimeline(db, filters(), Date.now()), { author: null, text: '' });
    expect(shape(view.rows)).toEqual([
      'event Winter Storm Harlan (5)',
      '  OP 3 (4, 1 life-safety)',
      '    entry: Transformer fire at the service entrance.',
      '    entry: Called back with the ETR.',
      '    entry: Will call back with an ETR.',
      '    corrected: Running on generator.',
      '    correction: Running on generator, 30 h of fuel.',
      '  OP 1 (1, 0 life-safety)',
      '    entry: Period 1 status call.',
      'event Outside any event (1)',
      '  OP - (1, 0 life-safety)',
      '    entry: Weekly check-in before the storm.',
    ]);
    expect(view.items).toBe(6);
    const started = Date.parse(storm.startedAt!);
    expect(view.rows[1]).toMatchObject({
      kind: 'period', number: 3, startsAt: new Date(started + 24 * HOUR).toISOString(), endsAt: new Date(started + 36 * HOUR).toISOString(),
    });
  });

  it('links a corrected entry and its correction both ways and names who they are about', async () => {
    const { db, status, correction, maria } = await setup();
    const views = entryRows(buildTimelineRows(await loadTimeline(db, filters(), Date.now()), { author: null, text: '' }).rows);
    const original = views.find((v) => v.entry.id === status.id)!;
    const fixed = views.find((v) => v.entry.id === correction.id)!;
    expect(original).toMatchObject<Partial<EntryView>>({ role: 'corrected', isCurrent: false, correctionOf: null, customerName: 'Mercy Regional Hospital', contactName: maria.name });
    expect(original.correctedBy?.id).toBe(correction.id);
    expect(fixed).toMatchObject<Partial<EntryView>>({ role: 'correction', isCurrent: true, correctedBy: null });
    expect(fixed.correctionOf?.id).toBe(status.id);
  });

  it('marks life-safety reports and follow-up states', async () => {
    const { db, fire, promise, closing } = await setup();
    const views = entryRows(buildTimelineRows(await loadTimeline(db, filters(), Date.now()), { author: null, text: '' }).rows);
    expect(views.filter((v) => v.lifeSafety).map((v) => v.entry.id)).toEqual([fire.id]);
    const asked = views.find((v) => v.entry.id === promise.id)!;
    expect(asked.followUpState).toBe('closed');
    expect(asked.closedBy?.id).toBe(closing.id);
  });

  it('filters by event, customer, category and significance in the query, by author and text here', async () => {
    const { db, storm, mercy } = await setup();
    const summaries = async (f: LogFilters) =>
      entryRows(buildTimelineRows(await loadTimeline(db, f, Date.now()), f).rows).map((v) => v.entry.summary);
    expect(await summaries(filters({ scope: 'none' }))).toEqual(['Weekly check-in before the storm.']);
    expect((await summaries(filters({ scope: storm.id }))).length).toBe(6);
    expect(await summaries(filters({ customer: { id: mercy.id, name: mercy.name } }))).toEqual([
      'Transformer fire at the service entrance.', 'Running on generator.', 'Running on generator, 30 h of fuel.',
    ]);
    expect(await summaries(filters({ categories: ['commitment'] }))).toEqual(['Will call back with an ETR.']);
    expect(await summaries(filters({ significantOnly: true }))).toEqual(['Transformer fire at the service entrance.']);
    // Text matches any version, the customer's and contact's names and the author, accents ignored.
    expect(await summaries(filters({ text: '30 h FUEL' }))).toEqual(['Running on generator.', 'Running on generator, 30 h of fuel.']);
    expect(await summaries(filters({ text: 'lakeport' }))).toEqual(['Called back with the ETR.', 'Will call back with an ETR.', 'Weekly check-in before the storm.']);
    expect(await summaries(filters({ text: 'maria generator' }))).toHaveLength(2);
    expect(await summaries(filters({ text: 'nothing like this' }))).toEqual([]);
  });

  it('lists the authors and filters by one of them', async () => {
    const { db, fire } = await setup();
    const data = await loadTimeline(db, filters(), Date.now());
    const { authors } = buildTimelineRows(data, { author: null, text: '' });
    expect(authors.map((a) => a.name)).toEqual(['Dana Whitfield', 'Sam Ortiz']);
    const sam = authors.find((a) => a.name === 'Sam Ortiz')!;
    const views = entryRows(buildTimelineRows(data, { author: sam.id, text: '' }).rows);
    expect(views.map((v) => v.entry.id)).toEqual([fire.id]);
    expect(buildTimelineRows(data, { author: 'user-nobody', text: '' }).rows).toEqual([]);
  });
});

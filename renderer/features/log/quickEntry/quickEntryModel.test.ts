import { describe, expect, it } from 'vitest';
import { publishBriefing, saveBriefingDraft } from '../../../data/briefings/commands';
import { createContact } from '../../../data/contacts/commands';
import { createCustomer } from '../../../data/customers/commands';
import { activateEvent, createEvent } from '../../../data/events/commands';
import { followUps } from '../../../data/log/queries';
import { updateLocalProfile } from '../../../data/meta/commands';
import { briefingContent, contactInput, customerInput, eventInput } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { toLocalInput } from '../../../format/localInput';
import { emptyLogDraft } from '../../../store/logSlice';
import type { LogDraft } from '../../../store/logSlice';
import { commitCorrection, commitDraft, draftFromEntry, followUpDefaults, validateDraft } from './quickEntryModel';

const HOUR = 3_600_000;
const draft = (patch: Partial<LogDraft> = {}): LogDraft => ({ ...emptyLogDraft, summary: 'Site on generator, no needs.', ...patch });
const noBriefing = { briefingId: null };

async function setup() {
  const db = await createTestDb({ name: 'Dana Whitfield' });
  const customer = expectOk(await createCustomer(db, customerInput()));
  const contact = expectOk(await createContact(db, contactInput(customer.id)));
  const storm = expectOk(await createEvent(db, eventInput({ startedAt: new Date(Date.now() - 30 * HOUR).toISOString() })));
  expectOk(await activateEvent(db, storm.id));
  const picked = { customer: { id: customer.id, name: customer.name }, contactId: contact.id };
  return { db, customer, contact, storm, picked };
}

describe('quick-entry validation', () => {
  it('puts each shared-schema message on the field that caused it', () => {
    expect(validateDraft(draft({ summary: '  ' }), noBriefing)).toEqual({ summary: 'Summary is required' });
    expect(validateDraft(draft({ category: 'emergency_report' }), noBriefing)).toEqual({ lifeSafety: 'An emergency report needs a life-safety kind' });
    expect(validateDraft(draft({ category: 'etr_given' }), noBriefing)).toEqual({ etr: 'ETR given needs the ETR time' });
    expect(validateDraft(draft({ followUpOn: true }), noBriefing)).toEqual({
      followUpOwner: 'Follow-up owner is required',
      followUpDue: 'Follow-up due time is required',
    });
    expect(validateDraft(draft({ summary: 'x'.repeat(501) }), noBriefing)).toEqual({ summary: 'Summary must be at most 500 characters' });
  });

  it('refuses a typed customer fragment that was never picked, alongside the other problems', () => {
    expect(validateDraft(draft({ customerQuery: 'merc', summary: '' }), noBriefing)).toEqual({
      customer: 'Choose a customer from the list, or clear the field to log without one',
      summary: 'Summary is required',
    });
  });

  it('accepts a complete draft, fields that do not apply to the category being ignored', () => {
    expect(validateDraft(draft({ lifeSafety: 'fire', etr: '' }), noBriefing)).toEqual({});
  });
});

describe('quick-entry commit', () => {
  it('writes the entry and its outbox mutation, under the active event, at "now" by default', async () => {
    const { db, storm, picked } = await setup();
    const outboxBefore = await db.outbox.count();
    const outcome = await commitDraft(db, draft({ ...picked, category: 'commitment' }), noBriefing);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const { entry } = outcome;
    expect(entry).toMatchObject({ customerId: picked.customer.id, contactId: picked.contactId, category: 'commitment', eventId: storm.id, operationalPeriod: 3 });
    expect(entry.occurredAt).toBe(entry.recordedAt);
    expect(await db.logEntries.get(entry.id)).toMatchObject({ summary: 'Site on generator, no needs.' });
    const mutations = (await db.outbox.toArray()).slice(outboxBefore);
    expect(mutations.map((m) => [m.entity, m.op, m.recordId])).toEqual([['logEntry', 'insert', entry.id]]);
  });

  it('writes nothing when the draft is invalid, and maps command refusals to fields', async () => {
    const { db, picked } = await setup();
    const counts = async () => [await db.logEntries.count(), await db.outbox.count()];
    const before = await counts();
    expect(await commitDraft(db, draft({ summary: '' }), noBriefing)).toEqual({ ok: false, errors: { summary: 'Summary is required' } });
    const future = toLocalInput(Date.now() + 2 * HOUR);
    expect(await commitDraft(db, draft({ ...picked, occurredAt: future }), noBriefing)).toEqual({
      ok: false, errors: { occurredAt: 'When it happened cannot be in the future' },
    });
    expect(await counts()).toEqual(before);
  });

  it('records a follow-up with its owner and due time, listed among open follow-ups', async () => {
    const { db, picked } = await setup();
    const now = Date.now();
    const withFollowUp = draft({ ...picked, followUpOn: true });
    const defaults = followUpDefaults(withFollowUp, 'Dana Whitfield', now);
    expect(defaults.followUpOwner).toBe('Dana Whitfield');
    const dueMs = Date.parse(new Date(defaults.followUpDue).toISOString());
    expect(dueMs - now).toBeGreaterThanOrEqual(HOUR - 60_000);
    expect(dueMs - now).toBeLessThan(HOUR + 5 * 60_000);

    const outcome = await commitDraft(db, { ...withFollowUp, ...defaults }, noBriefing);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.entry.followUp).toEqual({ owner: 'Dana Whitfield', dueAt: new Date(defaults.followUpDue).toISOString() });
    const open = await followUps(db, { now });
    expect(open.map((i) => [i.entry.id, i.followUpState])).toEqual([[outcome.entry.id, 'open']]);
  });

  it('records an ETR given with the briefing version it was quoted from', async () => {
    const { db, storm, picked } = await setup();
    // The briefing as its author published it (here on the same device, for brevity).
    expectOk(await updateLocalProfile(db, { role: 'briefing_author' }));
    const draftBriefing = expectOk(await saveBriefingDraft(db, storm.id, briefingContent()));
    const briefing = expectOk(await publishBriefing(db, draftBriefing.id));
    expectOk(await updateLocalProfile(db, { role: 'liaison' }));
    const etr = toLocalInput(Date.now() + 6 * HOUR);
    const outcome = await commitDraft(db, draft({ ...picked, category: 'etr_given', etr }), { briefingId: briefing.id });
    expect(outcome.ok && outcome.entry.etrGiven).toEqual({ etr: new Date(etr).toISOString(), briefingId: briefing.id, briefingVersion: briefing.version });
    // Unticking "per briefing" records the ETR alone.
    const own = await commitDraft(db, draft({ ...picked, category: 'etr_given', etr, etrFromBriefing: false }), { briefingId: briefing.id });
    expect(own.ok && own.entry.etrGiven).toEqual({ etr: new Date(etr).toISOString(), briefingId: null, briefingVersion: null });
  });

  it('makes an emergency report significant and keeps its life-safety kind', async () => {
    const { db, picked } = await setup();
    const outcome = await commitDraft(db, draft({ ...picked, category: 'emergency_report', lifeSafety: 'live_wire' }), noBriefing);
    expect(outcome.ok && outcome.entry).toMatchObject({ significant: true, lifeSafety: 'live_wire', category: 'emergency_report' });
  });
});

describe('call outcome and event of an entry', () => {
  it('records the outcome of an outbound call to a customer only, and logs a notice to a chosen event', async () => {
    const { db, picked, storm } = await setup();
    const noAnswer = await commitDraft(db, draft({ ...picked, outcome: 'no_answer' }), noBriefing);
    expect(noAnswer.ok && noAnswer.entry).toMatchObject({ contactOutcome: 'no_answer', eventId: storm.id });
    const inbound = await commitDraft(db, draft({ ...picked, direction: 'inbound', outcome: 'no_answer' }), noBriefing);
    expect(inbound.ok && inbound.entry.contactOutcome).toBeNull();
    const internal = await commitDraft(db, draft({ outcome: 'unreachable' }), noBriefing);
    expect(internal.ok && internal.entry.contactOutcome).toBeNull();

    const planned = expectOk(await createEvent(db, eventInput({ name: 'Feeder 12 rebuild', kind: 'planned_outage' })));
    const notice = await commitDraft(db, draft({ ...picked, event: { id: planned.id, name: planned.name } }), noBriefing);
    expect(notice.ok && notice.entry).toMatchObject({ eventId: planned.id, contactOutcome: 'reached' });
    if (!noAnswer.ok) throw new Error('not logged');
    expect(draftFromEntry(noAnswer.entry, picked.customer.name).outcome).toBe('no_answer');
  });
});

describe('correction form', () => {
  it('starts from what the entry says and appends a correction pointing at the original', async () => {
    const { db, picked } = await setup();
    const logged = await commitDraft(db, draft({ ...picked, occurredAt: toLocalInput(Date.now() - HOUR) }), noBriefing);
    if (!logged.ok) throw new Error('not logged');
    const base = logged.entry;
    const prefilled = draftFromEntry(base, picked.customer.name);
    expect(prefilled).toMatchObject({ customer: picked.customer, contactId: picked.contactId, summary: base.summary, occurredAt: toLocalInput(base.occurredAt) });

    expect(await commitCorrection(db, prefilled, { ...noBriefing, base })).toEqual({
      ok: false, errors: { form: 'Nothing to correct: the entry is unchanged' },
    });
    const corrected = await commitCorrection(db, { ...prefilled, summary: 'Site on generator; fuel for 20 h.' }, { ...noBriefing, base });
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.errors));
    // The untouched time is kept to the millisecond (the input shows minutes only).
    expect(corrected.entry).toMatchObject({ correctsId: base.id, occurredAt: base.occurredAt, summary: 'Site on generator; fuel for 20 h.' });
    // Correcting the correction still points at the original.
    const again = await commitCorrection(db, { ...draftFromEntry(corrected.entry, null), significant: true }, { ...noBriefing, base: corrected.entry });
    expect(again.ok && again.entry.correctsId).toBe(base.id);
    expect(await db.logEntries.count()).toBe(3);
  });
});

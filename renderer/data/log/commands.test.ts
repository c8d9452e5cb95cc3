import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../bulkLoad';
import { createContact } from '../contacts/commands';
import { createCustomer } from '../customers/commands';
import { contactInput, customerInput, logInput } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { appendLogEntry, closeFollowUp, correctLogEntry } from './commands';
import { logItemById } from './queries';

const HOUR = 3_600_000;

async function setup() {
  const db = await createTestDb({ name: 'Dana Whitfield' });
  const customer = expectOk(await createCustomer(db, customerInput()));
  const contact = expectOk(await createContact(db, contactInput(customer.id)));
  const startedAt = new Date(Date.now() - 30 * HOUR).toISOString();
  const storm = {
    id: uuidv7(), scopeId: 'region-local', createdAt: startedAt, updatedAt: startedAt, updatedBy: 'u', deletedAt: null,
    name: 'Storm', kind: 'storm', status: 'active', startedAt, endedAt: null, operationalPeriod: { lengthHours: 12, firstStartAt: null }, affectedServiceAreas: [],
  };
  expect((await bulkLoad(db, 'events', [storm])).rejected).toEqual([]);
  return { db, customer, contact, storm };
}

describe('log commands', () => {
  it('appends under the active event with its operational period, author and recorded time', async () => {
    const { db, customer, contact, storm } = await setup();
    const before = Date.now();
    const entry = expectOk(await appendLogEntry(db, logInput({ customerId: customer.id, contactId: contact.id })));
    expect(entry).toMatchObject({ eventId: storm.id, operationalPeriod: 3, authorName: 'Dana Whitfield', scopeId: storm.id, correctsId: null });
    expect(Date.parse(entry.recordedAt)).toBeGreaterThanOrEqual(before);
    expect(entry.occurredAt).toBe(entry.recordedAt);
    const backdated = expectOk(await appendLogEntry(db, logInput({ occurredAt: new Date(Date.now() - 20 * HOUR).toISOString() })));
    expect(backdated.operationalPeriod).toBe(1);
    const outside = expectOk(await appendLogEntry(db, logInput({ eventId: null })));
    expect(outside).toMatchObject({ eventId: null, operationalPeriod: null, scopeId: 'region-local' });
    expect((await db.outbox.toArray()).filter((m) => m.entity === 'logEntry').map((m) => m.op)).toEqual(['insert', 'insert', 'insert']);
  });

  it('moves the customer last contact in the same transaction, without a customer write or mutation', async () => {
    const { db, customer } = await setup();
    const mutationsBefore = await db.outbox.count();
    const customerBefore = await db.customers.get(customer.id);
    const entry = expectOk(await appendLogEntry(db, logInput({ customerId: customer.id })));
    expect((await db.lastContacts.get(customer.id))?.at ?? null).toBe(entry.occurredAt);
    expectOk(await appendLogEntry(db, logInput({ customerId: customer.id, occurredAt: new Date(Date.now() - 5 * HOUR).toISOString() })));
    expect((await db.lastContacts.get(customer.id))?.at ?? null).toBe(entry.occurredAt);
    expect((await db.outbox.toArray()).slice(mutationsBefore).map((m) => m.entity)).toEqual(['logEntry', 'logEntry']);
    expect(await db.customers.get(customer.id)).toEqual(customerBefore);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const unanswered = expectOk(await appendLogEntry(db, logInput({ customerId: customer.id, contactOutcome: 'no_answer' })));
    expect(unanswered.occurredAt > entry.occurredAt).toBe(true);
    expect((await db.lastContacts.get(customer.id))?.at ?? null).toBe(entry.occurredAt);
  });

  it('refuses invalid entries with specific messages and writes nothing', async () => {
    const { db, customer, contact } = await setup();
    const before = [await db.logEntries.count(), await db.outbox.count()];
    expect(await appendLogEntry(db, logInput({ category: 'emergency_report' }))).toMatchObject({ ok: false, error: 'An emergency report needs a life-safety kind' });
    expect(await appendLogEntry(db, logInput({ category: 'etr_given' }))).toMatchObject({ ok: false, error: 'ETR given needs the ETR time' });
    expect(await appendLogEntry(db, logInput({ summary: ' ' }))).toMatchObject({ ok: false, issues: [{ path: 'summary', message: 'Summary is required' }] });
    expect(await appendLogEntry(db, logInput({ occurredAt: new Date(Date.now() + 2 * HOUR).toISOString() }))).toMatchObject({ ok: false, error: 'When it happened cannot be in the future' });
    const other = expectOk(await createCustomer(db, customerInput({ name: 'Other' })));
    expect(await appendLogEntry(db, logInput({ customerId: other.id, contactId: contact.id }))).toMatchObject({ ok: false, error: 'María Hernández is not a contact of this customer' });
    expect([await db.logEntries.count(), await db.outbox.count()]).toEqual([before[0], before[1]! + 1]);
    expect((await db.lastContacts.get(customer.id))?.at ?? null).toBeNull();
  });

  it('makes emergency reports significant and records ETRs with their briefing version', async () => {
    const { db } = await setup();
    const report = expectOk(await appendLogEntry(db, logInput({ category: 'emergency_report', lifeSafety: 'live_wire', summary: 'Line down at the entrance' })));
    expect(report.significant).toBe(true);
    const etr = new Date(Date.now() + 10 * HOUR).toISOString();
    const given = expectOk(await appendLogEntry(db, logInput({ category: 'etr_given', etrGiven: { etr } })));
    expect(given.etrGiven).toEqual({ etr, briefingId: null, briefingVersion: null });
  });

  it('corrects by appending a new entry linked to the original', async () => {
    const { db, customer } = await setup();
    const original = expectOk(await appendLogEntry(db, logInput({ customerId: customer.id, summary: 'Gave ETR 18:00' })));
    const fix = expectOk(await correctLogEntry(db, original.id, { summary: 'Gave ETR 20:00' }));
    expect(fix).toMatchObject({ correctsId: original.id, summary: 'Gave ETR 20:00', customerId: customer.id, eventId: original.eventId });
    expect((await db.logEntries.get(original.id))!.summary).toBe('Gave ETR 18:00');
    const second = expectOk(await correctLogEntry(db, fix.id, { significant: true }));
    expect(second.correctsId).toBe(original.id);
    const item = await logItemById(db, fix.id);
    expect(item?.entry.id).toBe(original.id);
    expect(item?.corrections.map((c) => c.id)).toEqual([fix.id, second.id]);
    expect(item?.current).toMatchObject({ summary: 'Gave ETR 20:00', significant: true });
    expect(await correctLogEntry(db, original.id, { summary: 'Gave ETR 20:00' })).toMatchObject({ ok: false, error: 'Nothing to correct: the entry is unchanged' });
  });

  it('closes a follow-up with a new entry, once', async () => {
    const { db, customer, contact } = await setup();
    const original = expectOk(await appendLogEntry(db, logInput({
      customerId: customer.id, contactId: contact.id, category: 'commitment', summary: 'Will call back with ETR',
      followUp: { owner: 'Dana Whitfield', dueAt: new Date(Date.now() + HOUR).toISOString() },
    })));
    const closing = expectOk(await closeFollowUp(db, original.id, { summary: 'Called back with ETR 20:00' }));
    expect(closing).toMatchObject({ closesFollowUpOf: original.id, customerId: customer.id, contactId: contact.id, eventId: original.eventId });
    expect((await logItemById(db, original.id))?.followUpState).toBe('closed');
    expect(await closeFollowUp(db, original.id, { summary: 'Again' })).toMatchObject({ ok: false, error: 'This follow-up is already closed' });
    expect(await closeFollowUp(db, closing.id, { summary: 'x' })).toMatchObject({ ok: false, error: 'This entry has no follow-up to close' });
  });
});

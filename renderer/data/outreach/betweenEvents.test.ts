import { describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/commands';
import { createEvent } from '../events/commands';
import { appendLogEntry } from '../log/commands';
import { customerInput, eventInput } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { dueCheckIns } from './checkIns';
import { plannedNotices } from './plannedNotices';

const NY = 'America/New_York';
const NOW = Date.parse('2025-03-12T16:00:00.000Z'); // Wed 12 March, 12:00 EDT

describe('between events', () => {
  it('lists the check-ins due today in calendar days: never contacted first, then most overdue', async () => {
    const db = await createTestDb({ name: 'Dana Whitfield' });
    const make = async (name: string, checkInCadenceDays: number, assignedLiaisonId: string | null = null) =>
      expectOk(await createCustomer(db, customerInput({ name, accountNumber: name, checkInCadenceDays, assignedLiaisonId, assignedLiaisonName: assignedLiaisonId && 'Dana Whitfield' })));
    const weekly = await make('Weekly, called last Wednesday evening', 7);
    const monthly = await make('Monthly, called last Wednesday', 30);
    const daily = await make('Daily, called two days ago', 1, 'me');
    await make('Never called', 7);
    const today = await make('Weekly, called today', 7);
    await db.lastContacts.bulkPut([
      { customerId: weekly.id, at: '2025-03-05T23:30:00.000Z' }, // Wed 5 March 18:30 EST, before the DST change
      { customerId: monthly.id, at: '2025-03-05T15:00:00.000Z' },
      { customerId: daily.id, at: '2025-03-10T14:00:00.000Z' },
      { customerId: today.id, at: '2025-03-12T13:00:00.000Z' },
    ]);
    const due = await dueCheckIns(db, { now: NOW, timeZone: NY });
    expect(due.map((r) => [r.customer.name, r.dueOn, r.daysOverdue])).toEqual([
      ['Never called', null, null],
      ['Daily, called two days ago', '2025-03-11', 1],
      ['Weekly, called last Wednesday evening', '2025-03-12', 0],
    ]);
    expect((await dueCheckIns(db, { now: NOW, timeZone: NY, assignedLiaisonId: 'me' })).map((r) => r.customer.id)).toEqual([daily.id]);
    // In Tokyo that call fell on Thursday 6 March, so it is due on Thursday 13 March, which began there at 15:00Z.
    const tokyo = (await dueCheckIns(db, { now: NOW, timeZone: 'Asia/Tokyo' })).find((r) => r.customer.id === weekly.id);
    expect([tokyo?.dueOn, tokyo?.daysOverdue]).toEqual(['2025-03-13', 0]);
    expect((await dueCheckIns(db, { now: Date.parse('2025-03-12T14:59:00.000Z'), timeZone: 'Asia/Tokyo' })).map((r) => r.customer.id)).not.toContain(weekly.id);
  });

  it('lists the customers of each planned outage not yet started, and who was notified in its log', async () => {
    const db = await createTestDb({ name: 'Dana Whitfield', role: 'briefing_author' });
    const riverside = expectOk(await createCustomer(db, customerInput({ name: 'Mercy Regional Hospital' })));
    expectOk(await createCustomer(db, customerInput({ name: 'Bayview Mall', accountNumber: 'B-1', tier: 'other', servicePoints: [{ address: '1 Bay Rd', serviceArea: 'Bayview' }] })));
    const planned = expectOk(await createEvent(db, eventInput({ name: 'Feeder 12 rebuild', kind: 'planned_outage', affectedServiceAreas: ['RIVERSIDE'] })));
    expectOk(await createEvent(db, eventInput({ name: 'Storm drill', kind: 'storm', affectedServiceAreas: ['Bayview'] })));

    const before = await plannedNotices(db, Date.now());
    expect(before.map((p) => [p.event.name, p.rows.map((r) => [r.customer.name, r.progress]), p.notified])).toEqual([
      ['Feeder 12 rebuild', [['Mercy Regional Hospital', 'not_started']], 0],
    ]);
    expectOk(await appendLogEntry(db, {
      eventId: planned.id, customerId: riverside.id, channel: 'phone', direction: 'outbound', contactOutcome: 'reached', category: 'status_update', summary: 'Told them about the rebuild.',
    }));
    const after = await plannedNotices(db, Date.now());
    expect(after[0]!.rows[0]!.progress).toBe('reached');
    expect(after[0]!.notified).toBe(1);
  });
});

import { v7 as uuidv7 } from 'uuid';
import type { LogEntryInput } from '../../../shared/domain/logEntry';
import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../bulkLoad';
import { createCustomer } from '../customers/commands';
import { customerInput, logRecord } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { appendLogEntry, closeFollowUp, correctLogEntry } from './commands';
import { followUps, logTimeline, recentLogOfCustomer } from './queries';

const HOUR = 3_600_000;
const now = Date.now();
const iso = (hoursFromNow: number) => new Date(now + hoursFromNow * HOUR).toISOString();

async function setup() {
  const db = await createTestDb();
  const customer = expectOk(await createCustomer(db, customerInput()));
  const event = {
    id: uuidv7(), scopeId: 'r', createdAt: iso(-30), updatedAt: iso(-30), updatedBy: 'u', deletedAt: null, name: 'Storm', kind: 'storm',
    status: 'active', startedAt: iso(-30), endedAt: null, operationalPeriod: { lengthHours: 12, firstStartAt: null }, affectedServiceAreas: [],
  };
  await bulkLoad(db, 'events', [event]);
  const log = async (hoursAgo: number, o: Partial<LogEntryInput>) =>
    expectOk(await appendLogEntry(db, { channel: 'phone', direction: 'outbound', category: 'status_update', summary: `At -${hoursAgo}h`, occurredAt: iso(-hoursAgo), ...o }));
  return { db, customer, event, log };
}

describe('log queries', () => {
  it('groups the timeline by event and operational period, life-safety reports first', async () => {
    const { db, customer, event, log } = await setup();
    await log(25, { customerId: customer.id });
    await log(20, {});
    const fire = await log(14, { category: 'emergency_report', lifeSafety: 'fire', summary: 'Transformer fire' });
    await log(13, {});
    await log(1, { category: 'request', significant: true });
    await log(3, { eventId: null, summary: 'Between events' });
    const groups = await logTimeline(db, { now });
    expect(groups.map((g) => g.event?.name ?? null)).toEqual(['Storm', null]);
    const storm = groups[0]!;
    expect(storm.periods.map((p) => p.number)).toEqual([3, 2, 1]);
    expect(storm.periods[1]!.items.map((i) => i.current.summary)).toEqual(['Transformer fire', 'At -13h']);
    expect(storm.periods[2]!.items.map((i) => i.current.summary)).toEqual(['At -20h', 'At -25h']);
    expect(storm.periods[2]!.startsAt).toBe(event.startedAt);
    expect(groups[1]!.periods).toEqual([expect.objectContaining({ number: null, startsAt: null })]);
    const oldest = await logTimeline(db, { eventId: event.id, order: 'oldest', lifeSafetyFirst: false, now });
    expect(oldest[0]!.periods.flatMap((p) => p.items.map((i) => i.current.summary))).toEqual(['At -25h', 'At -20h', 'Transformer fire', 'At -13h', 'At -1h']);
    const significant = await logTimeline(db, { eventId: event.id, significantOnly: true, now });
    expect(significant[0]!.periods.flatMap((p) => p.items.map((i) => i.entry.id))).toEqual([expect.any(String), fire.id]);
    const requests = await logTimeline(db, { eventId: event.id, categories: ['request'], now });
    expect(requests[0]!.periods.flatMap((p) => p.items.map((i) => i.current.category))).toEqual(['request']);
    expect(await logTimeline(db, { eventId: null, now })).toHaveLength(1);
  });

  it('shows corrections attached to their original, not as separate items', async () => {
    const { db, event, log } = await setup();
    const original = await log(5, { summary: 'ETR 18:00 given' });
    const fix = expectOk(await correctLogEntry(db, original.id, { summary: 'ETR 20:00 given', category: 'status_update' }));
    const items = (await logTimeline(db, { eventId: event.id, now })).flatMap((g) => g.periods.flatMap((p) => p.items));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ entry: { id: original.id }, current: { id: fix.id, summary: 'ETR 20:00 given' }, corrections: [{ id: fix.id }] });
  });

  it('lists follow-ups as overdue, due, open and closed', async () => {
    const { db, customer, log } = await setup();
    const overdue = await log(6, { customerId: customer.id, category: 'commitment', followUp: { owner: 'Dana', dueAt: iso(-1) } });
    const due = await log(5, { category: 'commitment', followUp: { owner: 'Dana', dueAt: iso(0.5) } });
    const open = await log(4, { category: 'commitment', followUp: { owner: 'Sam', dueAt: iso(5) } });
    const done = await log(3, { category: 'commitment', followUp: { owner: 'Dana', dueAt: iso(-2) } });
    expectOk(await closeFollowUp(db, done.id, { summary: 'Done' }));
    const moved = await log(2, { category: 'commitment', followUp: { owner: 'Dana', dueAt: iso(-3) } });
    expectOk(await correctLogEntry(db, moved.id, { followUp: { owner: 'Dana', dueAt: iso(10) } }));

    const list = await followUps(db, { now });
    expect(list.map((i) => [i.entry.id, i.followUpState])).toEqual([
      [overdue.id, 'overdue'], [due.id, 'due'], [open.id, 'open'], [moved.id, 'open'],
    ]);
    const all = await followUps(db, { now, includeClosed: true, owner: 'Dana' });
    expect(all.map((i) => i.followUpState)).toEqual(['overdue', 'due', 'open', 'closed']);
    expect(all.at(-1)!.closedBy?.summary).toBe('Done');
  });

  it('reads a customer\'s recent log, newest first', async () => {
    const { db, customer, log } = await setup();
    await log(10, { customerId: customer.id, summary: 'Older' });
    await log(1, { customerId: customer.id, summary: 'Newer' });
    await log(2, { summary: 'Someone else' });
    await bulkLoad(db, 'logEntries', [logRecord({ customerId: customer.id, summary: 'Imported', occurredAt: iso(-48), recordedAt: iso(-48) })]);
    expect((await recentLogOfCustomer(db, customer.id, 20, now)).map((i) => i.current.summary)).toEqual(['Newer', 'Older', 'Imported']);
    expect((await recentLogOfCustomer(db, customer.id, 1, now)).map((i) => i.current.summary)).toEqual(['Newer']);
  });
});

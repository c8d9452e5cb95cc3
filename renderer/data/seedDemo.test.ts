import { describe, expect, it } from 'vitest';
import { customersPage } from './customers/queries';
import { briefingReadState } from './briefings/queries';
import { activeEvent } from './events/queries';
import { followUps, logTimeline } from './log/queries';
import { searchDirectory } from './search/searchDirectory';
import { seedDemo } from './seedDemo';
import { createTestDb } from './testing/testDb';

describe('seedDemo', () => {
  it('fills an empty database once, through the bulk path, without queuing sync', async () => {
    const db = await createTestDb({ name: 'Dana Whitfield' });
    const now = Date.now();
    const first = await seedDemo(db, { now });
    expect(first.seeded).toBe(true);
    expect(first.counts.customers).toBe(300);
    expect(await db.customers.count()).toBe(300);
    expect(await db.outbox.count()).toBe(0);
    expect(await seedDemo(db, { now })).toEqual({ seeded: false, counts: {} });
    expect(await db.customers.count()).toBe(300);

    const storm = await activeEvent(db);
    expect(storm?.name).toBe('Winter Storm Harlan');
    const read = await briefingReadState(db, storm!.id);
    expect(read).toMatchObject({ lastReadVersion: 3, unread: true, current: { version: 4 } });
    expect(read.changesSinceRead?.hasChanges).toBe(true);
    const timeline = await logTimeline(db, { eventId: storm!.id, now });
    expect(timeline[0]!.periods.length).toBeGreaterThanOrEqual(2);
    expect((await followUps(db, { now })).some((f) => f.followUpState === 'overdue')).toBe(true);
    expect((await customersPage(db, { sort: 'lastContacted', descending: true, limit: 1 })).rows[0]!.lastContactedAt).not.toBeNull();
    expect((await searchDirectory(db, 'hospital')).length).toBeGreaterThan(0);
  });

  it('leaves a database that already has customers alone', async () => {
    const db = await createTestDb();
    await seedDemo(db, { now: Date.now() });
    const other = await createTestDb();
    await db.customers.limit(1).toArray().then((rows) => other.customers.bulkAdd(rows));
    expect((await seedDemo(other)).seeded).toBe(false);
    expect(await other.customers.count()).toBe(1);
  });
});

import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../shared/domain/event';
import { bulkLoad } from '../bulkLoad';
import { T0 } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { chooseActiveEvent } from './chooseActiveEvent';
import { activeEvent } from './queries';

/** An event as it arrives by sync (e.g. activated on another device). */
const eventRecordFor = (o: Pick<Event, 'name' | 'status' | 'startedAt'>): Event => ({
  id: uuidv7(), scopeId: 'region-test', createdAt: T0, updatedAt: T0, updatedBy: 'user-author', deletedAt: null,
  kind: 'storm', endedAt: null, operationalPeriod: { lengthHours: 12, firstStartAt: null }, affectedServiceAreas: [], ...o,
});

describe('chooseActiveEvent', () => {
  it('switches the device between active events without queuing anything for sync', async () => {
    const db = await createTestDb();
    const storm = eventRecordFor({ name: 'Winter Storm Harlan', status: 'active', startedAt: '2025-01-15T06:00:00.000Z' });
    const fire = eventRecordFor({ name: 'Wildfire Shutoff North', status: 'active', startedAt: '2025-01-15T04:00:00.000Z' });
    const planned = eventRecordFor({ name: 'Planned outage', status: 'planned', startedAt: null });
    expect((await bulkLoad(db, 'events', [storm, fire, planned])).rejected).toEqual([]);
    const outbox = await db.outbox.count();

    expect((await activeEvent(db))?.id).toBe(storm.id);
    expectOk(await chooseActiveEvent(db, fire.id));
    expect((await activeEvent(db))?.id).toBe(fire.id);
    expect(await chooseActiveEvent(db, planned.id)).toMatchObject({ ok: false, error: 'Planned outage is not active: only an active event can be worked under' });
    expect((await activeEvent(db))?.id).toBe(fire.id);
    expect(await db.outbox.count()).toBe(outbox);
  });
});

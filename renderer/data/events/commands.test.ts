import { describe, expect, it } from 'vitest';
import { eventInput } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { activateEvent, closeEvent, createEvent, updateEvent } from './commands';
import { activeEvent, listEvents } from './queries';

describe('event commands', () => {
  it('creates planned events and activates one at a time', async () => {
    const db = await createTestDb();
    const storm = expectOk(await createEvent(db, eventInput()));
    const shutoff = expectOk(await createEvent(db, eventInput({ name: 'PSPS North', kind: 'wildfire_shutoff' })));
    expect(storm.status).toBe('planned');
    expect(await activeEvent(db)).toBeNull();

    const active = expectOk(await activateEvent(db, storm.id));
    expect(active.status).toBe('active');
    expect(active.startedAt).not.toBeNull();
    expect((await activeEvent(db))?.id).toBe(storm.id);
    expect(await activateEvent(db, shutoff.id)).toMatchObject({
      ok: false, error: 'Winter Storm Harlan is still active. Close it before activating PSPS North.',
    });

    const closed = expectOk(await closeEvent(db, storm.id));
    expect(closed).toMatchObject({ status: 'closed' });
    expect(closed.endedAt).not.toBeNull();
    expect(await activeEvent(db)).toBeNull();
    expectOk(await activateEvent(db, shutoff.id));
    expect((await listEvents(db)).map((e) => `${e.name}:${e.status}`)).toEqual(['PSPS North:active', 'Winter Storm Harlan:closed']);
    expect(await activateEvent(db, storm.id)).toMatchObject({ ok: false, error: 'Winter Storm Harlan is closed and cannot be reactivated' });
  });

  it('queues insert and update mutations with the status changes', async () => {
    const db = await createTestDb();
    const storm = expectOk(await createEvent(db, eventInput()));
    expectOk(await activateEvent(db, storm.id));
    expectOk(await updateEvent(db, storm.id, { operationalPeriod: { lengthHours: 8, firstStartAt: null }, status: 'closed' }));
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => m.op)).toEqual(['insert', 'update', 'update']);
    expect(outbox[1]!.patch).toEqual({ status: 'active', startedAt: expect.any(String) });
    expect(outbox[1]!.base).toEqual({ status: 'planned', startedAt: null });
    expect(outbox[2]!.patch).toEqual({ operationalPeriod: { lengthHours: 8, firstStartAt: null } });
    expect((await db.events.get(storm.id))!.status).toBe('active');
  });
});

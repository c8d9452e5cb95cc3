import { describe, expect, it } from 'vitest';
import { acknowledgeBriefing } from '../briefingAcks/commands';
import { acknowledgements, myAcknowledgement } from '../briefingAcks/queries';
import { createEvent } from '../events/commands';
import type { LiaisonDb } from '../db';
import { markBriefingRead } from '../meta/commands';
import { metaKeys } from '../meta/keys';
import { restoreLosingValue } from '../sync/conflictActions';
import { conflictsTable } from '../sync/tables';
import { at, briefingContent, eventInput, T0 } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { publishBriefing, saveBriefingDraft, updateBriefingDraft } from './commands';
import { briefingChanges, briefingReadState, briefingVersions, currentBriefing, draftBriefing } from './queries';

async function setup() {
  const db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
  const event = expectOk(await createEvent(db, eventInput()));
  return { db, event };
}

/** Sets this device's read marker as a reader's device would have it (publishing marks the author's). */
async function readOnThisDevice(db: LiaisonDb, eventId: string, version: number | null) {
  const key = metaKeys.briefingRead(eventId);
  await (version === null ? db.syncMeta.delete(key) : db.syncMeta.put({ key, value: version }));
}

/** A conflict the server sent about a draft field: the author's value lost to a colleague's. */
async function draftConflict(db: LiaisonDb, briefingId: string, eventId: string, field: string, winningValue: unknown, losingValue: unknown) {
  const id = crypto.randomUUID();
  await conflictsTable(db).put({
    seq: 7, id, entity: 'briefing', recordId: briefingId, scopeId: eventId, field, kind: 'field', winningValue, losingValue,
    winner: { userId: 'u-marcus', userName: 'Marcus Lee', hlc: '000001736942460000-000000-c2', at: T0 },
    loser: { userId: 'u-elena', userName: 'Elena Vasquez', hlc: '000001736942400000-000000-c1', at: T0 },
    status: 'open', createdAt: T0, resolvedAt: null, resolvedBy: null,
  });
  return id;
}

describe('briefings', () => {
  it('keeps one draft per event and numbers versions', async () => {
    const { db, event } = await setup();
    const draft = expectOk(await saveBriefingDraft(db, event.id, briefingContent()));
    expect(draft).toMatchObject({ version: 1, status: 'draft', issuedAt: null, issuedBy: { name: 'Elena Vasquez' }, scopeId: event.id });
    const again = expectOk(await saveBriefingDraft(db, event.id, briefingContent({ customersRestored: 12_000 })));
    expect(again.id).toBe(draft.id);
    expect((await db.outbox.orderBy('seq').last())).toMatchObject({ op: 'update', patch: { customersRestored: 12_000 }, base: { customersRestored: 10_000 } });
    expect(await draftBriefing(db, event.id)).toMatchObject({ id: draft.id, customersRestored: 12_000 });
    expect(await currentBriefing(db, event.id)).toBeNull();
  });

  it('publishes a draft and supersedes the previous published version', async () => {
    const { db, event } = await setup();
    const v1 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent())).id));
    expect(v1).toMatchObject({ status: 'published', version: 1, issuedBy: { name: 'Elena Vasquez' } });
    const draft2 = expectOk(await saveBriefingDraft(db, event.id, briefingContent({ customersAffected: 40_000, areas: [{ serviceArea: 'Riverside', customersOut: 9_000, etr: at(26 * 60) }] })));
    expect(draft2.version).toBe(2);
    const v2 = expectOk(await publishBriefing(db, draft2.id));
    // The server supersedes and stamps: the outbox carries only the status change of the new version.
    const queued = await db.outbox.orderBy('seq').toArray();
    expect(queued.filter((m) => m.patch.status === 'superseded')).toEqual([]);
    expect(queued.at(-1)).toMatchObject({ recordId: v2.id, op: 'update', patch: { status: 'published' }, base: { status: 'draft' } });
    expect(Object.keys(queued.at(-1)!.patch)).toEqual(['status']);
    expect((await briefingVersions(db, event.id)).map((b) => `${b.version}:${b.status}`)).toEqual(['2:published', '1:superseded']);
    expect((await currentBriefing(db, event.id))?.id).toBe(v2.id);
    expect(await publishBriefing(db, v1.id)).toMatchObject({ ok: false, error: 'Version 1 is already superseded' });
    const diff = await briefingChanges(db, event.id, 1, 2);
    expect(diff?.areasChanged).toEqual([expect.objectContaining({ serviceArea: 'Riverside', etr: expect.objectContaining({ movedMinutes: 120 }) })]);
    expect(diff?.customersAffected).toEqual({ from: 50_000, to: 40_000, delta: -10_000 });
  });

  it('refuses briefing writes from users who are not authors', async () => {
    const db = await createTestDb({ role: 'liaison' });
    const event = expectOk(await createEvent(db, eventInput()));
    expect(await saveBriefingDraft(db, event.id, briefingContent())).toMatchObject({ ok: false, error: 'Only briefing authors can write or publish briefings' });
    expect(await db.briefings.count()).toBe(0);
  });

  it('counts a version as read on the device that published it', async () => {
    const { db, event } = await setup();
    await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent())).id);
    expect(await briefingReadState(db, event.id)).toMatchObject({ lastReadVersion: 1, unread: false, changesSinceRead: null });
    await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({ customersRestored: 20_000 }))).id);
    expect(await briefingReadState(db, event.id)).toMatchObject({ current: { version: 2 }, lastReadVersion: 2, unread: false });
  });

  it('restores a draft field that lost a sync conflict, as an ordinary draft edit', async () => {
    const { db, event } = await setup();
    const draft = expectOk(await saveBriefingDraft(db, event.id, briefingContent({ damage: 'Poles down.' })));
    await db.outbox.clear();
    const lostAreas = [{ serviceArea: 'Lakeshore', customersOut: 4_000, etr: at(8 * 60), notes: '' }];
    expectOk(await restoreLosingValue(db, await draftConflict(db, draft.id, event.id, 'damage', 'Poles down.', '12 poles down on Route 9.')));
    expectOk(await restoreLosingValue(db, await draftConflict(db, draft.id, event.id, 'areas', draft.areas, lostAreas)));
    expect(await draftBriefing(db, event.id)).toMatchObject({ damage: '12 poles down on Route 9.', areas: lostAreas });
    expect(await db.outbox.orderBy('seq').toArray()).toMatchObject([
      { entity: 'briefing', recordId: draft.id, op: 'update', patch: { damage: '12 poles down on Route 9.' }, base: { damage: 'Poles down.' } },
      { entity: 'briefing', recordId: draft.id, op: 'update', patch: { areas: lostAreas }, base: { areas: draft.areas } },
    ]);

    expect(await updateBriefingDraft(db, draft.id, { customersAffected: -1 })).toMatchObject({ ok: false, issues: [expect.objectContaining({ path: 'customersAffected' })] });
    expectOk(await publishBriefing(db, draft.id));
    const late = await draftConflict(db, draft.id, event.id, 'crews', '', '200 crews');
    expect(await restoreLosingValue(db, late)).toMatchObject({ ok: false, error: 'Version 1 is published: only a draft can be changed' });
  });

  it('tracks what changed since the version last read, and acknowledgements', async () => {
    const { db, event } = await setup();
    const v1 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent())).id));
    await readOnThisDevice(db, event.id, null);
    expect(await briefingReadState(db, event.id)).toMatchObject({ lastReadVersion: null, unread: true, changesSinceRead: null });
    const ack = expectOk(await acknowledgeBriefing(db, v1.id));
    expect(ack).toMatchObject({ briefingId: v1.id, version: 1, userName: 'Elena Vasquez' });
    expect(expectOk(await acknowledgeBriefing(db, v1.id)).id).toBe(ack.id);
    expect(await db.briefingAcks.count()).toBe(1);
    expect(await briefingReadState(db, event.id)).toMatchObject({ lastReadVersion: 1, unread: false });

    const v2 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({ talkingPoints: ['Mutual aid arrived.'] }))).id));
    await readOnThisDevice(db, event.id, 1);
    const state = await briefingReadState(db, event.id);
    expect(state).toMatchObject({ current: { id: v2.id }, lastReadVersion: 1, unread: true });
    expect(state.changesSinceRead?.talkingPoints).toEqual({ added: ['Mutual aid arrived.'], removed: ['Crews are working around the clock.'] });
    expect(await acknowledgeBriefing(db, v1.id)).toMatchObject({ ok: false, error: 'Version 1 was superseded: acknowledge the current version' });
    await markBriefingRead(db, event.id, 2);
    await markBriefingRead(db, event.id, 1);
    expect((await briefingReadState(db, event.id)).lastReadVersion).toBe(2);
    expect(await myAcknowledgement(db, v2.id)).toBeNull();
    expect((await acknowledgements(db, v1.id)).map((a) => a.userName)).toEqual(['Elena Vasquez']);
  });
});

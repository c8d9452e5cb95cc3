import { describe, expect, it } from 'vitest';
import { currentNotices } from '../../../shared/notifications/noticeRules';
import { bulkLoad } from '../bulkLoad';
import type { LiaisonDb } from '../db';
import { logRecord } from '../testing/builders';
import { createTestDb } from '../testing/testDb';
import { markSynced } from '../sync/syncQueries';
import { markNoticesRead, recordNotices, updateNoticeSettings } from './commands';
import { noticeList, noticeWatch, unreadNoticeCount } from './queries';

const NOW = Date.parse('2025-06-01T12:00:00.000Z');
const at = (m: number) => new Date(NOW + m * 60_000).toISOString();

/** Records arriving the way sync writes them (bulkLoad, no outbox). */
const arrive = (db: LiaisonDb, ...records: ReturnType<typeof logRecord>[]) => bulkLoad(db, 'logEntries', records);
const report = (authorId: string, summary: string) =>
  logRecord({ authorId, authorName: authorId === 'user-me' ? 'Dana Reyes' : 'Sam Ortiz', category: 'emergency_report', lifeSafety: 'fire', summary, occurredAt: at(-10), recordedAt: at(-10) });

/** One detection pass as the watcher runs it. */
async function detect(db: LiaisonDb, now = NOW) {
  const watch = await noticeWatch(db, now);
  return recordNotices(db, currentNotices(watch.inputs, now), { synced: watch.synced, now });
}

async function signedInDb() {
  const db = await createTestDb({ name: 'Dana Reyes' });
  const { id } = (await noticeWatch(db, NOW)).inputs.me;
  return { db, me: id };
}

describe('notice detection over the local database', () => {
  it('keeps quiet about the initial snapshot, then announces what arrives later, once', async () => {
    const { db } = await signedInDb();
    await arrive(db, report('user-sam', 'Snapshot fire'));
    expect(await detect(db)).toEqual([]);
    await markSynced(db, at(0));
    expect(await detect(db)).toEqual([]);

    await arrive(db, report('user-sam', 'Transformer fire on Oak Ave'));
    const fresh = await detect(db);
    expect(fresh.map((n) => n.body)).toEqual(['Sam Ortiz: Transformer fire on Oak Ave']);
    expect(await detect(db)).toEqual([]);
    expect(await detect(db, NOW + 60_000)).toEqual([]);
    expect((await noticeList(db)).map((n) => n.body)).toEqual(['Sam Ortiz: Transformer fire on Oak Ave']);
  });

  it('never announces the user’s own reports', async () => {
    const { db, me } = await signedInDb();
    await markSynced(db, at(0));
    await detect(db);
    await arrive(db, report(me, 'My own report'));
    expect(await detect(db)).toEqual([]);
  });

  it('announces each stage of a follow-up once, even from two windows at the same time', async () => {
    const { db, me } = await signedInDb();
    await arrive(db, logRecord({ authorId: me, authorName: 'Dana Reyes', summary: 'Call the hospital back', occurredAt: at(-5), recordedAt: at(-5), followUp: { owner: 'Dana Reyes', dueAt: at(20) } }));
    expect(await detect(db)).toEqual([]);
    const [a, b] = await Promise.all([detect(db, NOW + 5 * 60_000), detect(db, NOW + 5 * 60_000)]);
    expect([...a, ...b].map((n) => n.title)).toEqual(['Follow-up due in 15 min']);
    expect((await detect(db, NOW + 20 * 60_000)).map((n) => n.title)).toEqual(['Follow-up due now']);
    expect(await detect(db, NOW + 21 * 60_000)).toEqual([]);
  });

  it('records a kind switched off as seen without announcing it, and counts unread until read', async () => {
    const { db } = await signedInDb();
    await markSynced(db, at(0));
    await detect(db);
    await updateNoticeSettings(db, { lifeSafety: false });
    await arrive(db, report('user-sam', 'Quiet fire'));
    expect(await detect(db)).toEqual([]);
    await updateNoticeSettings(db, { lifeSafety: true });
    expect(await detect(db)).toEqual([]);

    await arrive(db, report('user-sam', 'Loud fire'), report('user-sam', 'Second fire'));
    expect(await detect(db)).toHaveLength(2);
    expect(await unreadNoticeCount(db)).toBe(2);
    const [first] = await noticeList(db);
    await markNoticesRead(db, NOW, [first!.id]);
    expect(await unreadNoticeCount(db)).toBe(1);
    await markNoticesRead(db, NOW);
    expect(await unreadNoticeCount(db)).toBe(0);
  });
});

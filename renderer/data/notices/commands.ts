// Device-local notification writes (not synced). `recordNotices` is the one place that decides what is
// new: in one transaction it keeps every notice it has not seen before and returns those to announce,
// so two windows (or two runs) never announce the same thing twice.
import type { Notice, NoticeDraft, NoticeSettings } from '../../../shared/notifications/notice';
import { noticeSettingsSchema } from '../../../shared/notifications/notice';
import type { LiaisonDb } from '../db';
import { noticeKeys } from './noticeKeys';
import { noticeSettings } from './queries';

/** Briefings and life-safety reports are news when they arrive; follow-up notices come with time. */
const isArrival = (d: NoticeDraft) => d.kind !== 'followUp';

/**
 * Keeps the drafts not seen before and returns those to announce. Before the first sync completes,
 * arrivals are ignored; the first time after, the arrivals present (the snapshot) are kept silently.
 */
export async function recordNotices(db: LiaisonDb, drafts: readonly NoticeDraft[], o: { synced: boolean; now: number }): Promise<Notice[]> {
  return db.transaction('rw', db.syncMeta, async () => {
    const [settings, baseline] = await Promise.all([noticeSettings(db), db.syncMeta.get(noticeKeys.baseline)]);
    const at = new Date(o.now).toISOString();
    let silentArrivals = false;
    let candidates = drafts;
    if (!baseline) {
      if (o.synced) {
        silentArrivals = true;
        await db.syncMeta.put({ key: noticeKeys.baseline, value: at });
      } else {
        candidates = drafts.filter((d) => !isArrival(d));
      }
    }
    const seen = await db.syncMeta.bulkGet(candidates.map((d) => noticeKeys.notice(d.id)));
    const fresh = candidates
      .filter((_, i) => seen[i] === undefined)
      .map((d): Notice => ({ ...d, at, readAt: null, shown: settings[d.kind] && !(silentArrivals && isArrival(d)) }));
    await db.syncMeta.bulkPut(fresh.map((n) => ({ key: noticeKeys.notice(n.id), value: n })));
    return fresh.filter((n) => n.shown);
  });
}

/** Marks notices read (all shown ones when `ids` is omitted). */
export async function markNoticesRead(db: LiaisonDb, now: number, ids?: readonly string[]): Promise<void> {
  await db.transaction('rw', db.syncMeta, async () => {
    const rows = ids
      ? (await db.syncMeta.bulkGet(ids.map(noticeKeys.notice))).filter((r) => r !== undefined)
      : await db.syncMeta.where('key').startsWith(noticeKeys.prefix).toArray();
    const at = new Date(now).toISOString();
    const unread = rows.filter((r) => (r.value as Notice).readAt === null);
    await db.syncMeta.bulkPut(unread.map((r) => ({ key: r.key, value: { ...(r.value as Notice), readAt: at } })));
  });
}

export async function updateNoticeSettings(db: LiaisonDb, patch: Partial<NoticeSettings>): Promise<NoticeSettings> {
  return db.transaction('rw', db.syncMeta, async () => {
    const next = noticeSettingsSchema.parse({ ...(await noticeSettings(db)), ...patch });
    await db.syncMeta.put({ key: noticeKeys.settings, value: next });
    return next;
  });
}

// Reads for notifications: what the rules look at (published briefings, recent life-safety reports,
// open follow-ups, whether the first sync has completed), the in-app list and the per-kind settings.
import type { Notice, NoticeSettings } from '../../../shared/notifications/notice';
import { noticeSettingsSchema } from '../../../shared/notifications/notice';
import type { NoticeInputs } from '../../../shared/notifications/noticeRules';
import type { LiaisonDb } from '../db';
import { followUps } from '../log/queries';
import { localProfile } from '../meta/queries';
import { lastSyncedAt } from '../sync/syncQueries';
import { noticeKeys } from './noticeKeys';

/** Life-safety reports older than this (by when they happened) are history, not news. */
export const LIFE_SAFETY_RECENT_HOURS = 72;

export interface NoticeWatch {
  inputs: NoticeInputs;
  /** The first sync has completed: records arriving from now on are news. */
  synced: boolean;
}

export async function noticeWatch(db: LiaisonDb, now: number): Promise<NoticeWatch> {
  const since = new Date(now - LIFE_SAFETY_RECENT_HOURS * 3_600_000).toISOString();
  const [profile, briefings, lifeSafety, open, synced] = await Promise.all([
    localProfile(db),
    db.briefings.where('status').equals('published').toArray(),
    db.logEntries.where('occurredAt').aboveOrEqual(since).filter((e) => e.lifeSafety !== null).toArray(),
    followUps(db, { now }),
    lastSyncedAt(db),
  ]);
  const events = await db.events.bulkGet([...new Set(briefings.map((b) => b.eventId))]);
  return {
    inputs: {
      me: { id: profile.id, name: profile.name },
      briefings,
      eventNames: new Map(events.flatMap((e) => (e ? [[e.id, e.name] as const] : []))),
      lifeSafety,
      followUps: open.flatMap((item) => (item.current.followUp ? [{ id: item.entry.id, authorId: item.entry.authorId, summary: item.current.summary, followUp: item.current.followUp }] : [])),
    },
    synced: synced !== null,
  };
}

/** Notices shown to the user, newest first. */
export async function noticeList(db: LiaisonDb, limit = 100): Promise<Notice[]> {
  const rows = await db.syncMeta.where('key').startsWith(noticeKeys.prefix).toArray();
  return rows
    .map((r) => r.value as Notice)
    .filter((n) => n.shown)
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
    .slice(0, limit);
}

export async function unreadNoticeCount(db: LiaisonDb): Promise<number> {
  const rows = await db.syncMeta.where('key').startsWith(noticeKeys.prefix).toArray();
  return rows.filter((r) => (r.value as Notice).shown && (r.value as Notice).readAt === null).length;
}

export async function noticeSettings(db: LiaisonDb): Promise<NoticeSettings> {
  const row = await db.syncMeta.get(noticeKeys.settings);
  const parsed = noticeSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : noticeSettingsSchema.parse({});
}

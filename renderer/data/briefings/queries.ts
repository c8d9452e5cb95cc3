// Briefing reads: versions of an event, the current (latest published) one, diffs between versions
// and "what changed since the version I last read".
import { diffBriefings } from '../../../shared/domain/briefingDiff';
import type { BriefingDiff } from '../../../shared/domain/briefingDiff';
import type { LiaisonDb } from '../db';
import { lastReadBriefingVersion } from '../meta/queries';
import type { BriefingRow } from '../rows';

/** Every version of an event's briefing (drafts included), newest first. */
export async function briefingVersions(db: LiaisonDb, eventId: string): Promise<BriefingRow[]> {
  const rows = await db.briefings.where('eventId').equals(eventId).toArray();
  return rows.filter((b) => b.deletedAt === null).sort((a, b) => b.version - a.version);
}

/** The latest published version, or null when nothing is published yet. */
export async function currentBriefing(db: LiaisonDb, eventId: string): Promise<BriefingRow | null> {
  return (await briefingVersions(db, eventId)).find((b) => b.status === 'published') ?? null;
}

export async function draftBriefing(db: LiaisonDb, eventId: string): Promise<BriefingRow | null> {
  return (await briefingVersions(db, eventId)).find((b) => b.status === 'draft') ?? null;
}

export const briefingById = (db: LiaisonDb, id: string): Promise<BriefingRow | undefined> => db.briefings.get(id);

export const briefingByVersion = (db: LiaisonDb, eventId: string, version: number): Promise<BriefingRow | undefined> =>
  db.briefings.where('[eventId+version]').equals([eventId, version]).first();

/** What changed from one version to another (null if either is missing). */
export async function briefingChanges(db: LiaisonDb, eventId: string, fromVersion: number, toVersion: number): Promise<BriefingDiff | null> {
  const [from, to] = await Promise.all([briefingByVersion(db, eventId, fromVersion), briefingByVersion(db, eventId, toVersion)]);
  return from && to ? diffBriefings(from, to) : null;
}

export interface BriefingReadState {
  current: BriefingRow | null;
  /** Version this device last read (opened or acknowledged), or null. */
  lastReadVersion: number | null;
  /** True when the current version has not been read yet. */
  unread: boolean;
  /** Changes from the last-read version to the current one (null if never read or up to date). */
  changesSinceRead: BriefingDiff | null;
}

export async function briefingReadState(db: LiaisonDb, eventId: string): Promise<BriefingReadState> {
  const [current, lastReadVersion] = await Promise.all([currentBriefing(db, eventId), lastReadBriefingVersion(db, eventId)]);
  const unread = current !== null && (lastReadVersion === null || lastReadVersion < current.version);
  const lastRead = unread && lastReadVersion !== null ? await briefingByVersion(db, eventId, lastReadVersion) : undefined;
  return { current, lastReadVersion, unread, changesSinceRead: current && lastRead ? diffBriefings(lastRead, current) : null };
}

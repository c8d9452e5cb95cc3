// Who has acknowledged a briefing version.
import Dexie from 'dexie';
import type { LiaisonDb } from '../db';
import { localProfile } from '../meta/queries';
import type { BriefingAckRow } from '../rows';

/** Acknowledgements of one briefing version, earliest first. */
export async function acknowledgements(db: LiaisonDb, briefingId: string): Promise<BriefingAckRow[]> {
  const acks = await db.briefingAcks.where('briefingId').equals(briefingId).toArray();
  return acks.sort((a, b) => a.at.localeCompare(b.at));
}

/** Acknowledgements of every version of an event's briefing (for who has read an earlier one only). */
export const eventAcknowledgements = (db: LiaisonDb, eventId: string): Promise<BriefingAckRow[]> =>
  db.briefingAcks.where('[eventId+version]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey]).toArray();

/** The local user's acknowledgement of a briefing, or null. */
export async function myAcknowledgement(db: LiaisonDb, briefingId: string): Promise<BriefingAckRow | null> {
  const me = await localProfile(db);
  return (await db.briefingAcks.where('[briefingId+userId]').equals([briefingId, me.id]).first()) ?? null;
}

// One event's log as outreach reads it: every entry of the event, corrections applied (what each
// entry says now), read with one index range plus the two bulk lookups of linkLogEntries.
import Dexie from 'dexie';
import type { LiaisonDb } from '../db';
import { linkLogEntries } from '../log/logItems';
import type { LogEntryRow } from '../rows';

export async function currentEntriesOfEvent(db: LiaisonDb, eventId: string, now: number): Promise<LogEntryRow[]> {
  const entries = await db.logEntries.where('[eventKey+occurredAt]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey]).toArray();
  const items = await linkLogEntries(db, entries, now);
  return items.map((i) => i.current).filter((e) => e.eventId === eventId && e.deletedAt === null);
}

// Event reads: the list (active first) and the device's active event.
import type { LiaisonDb } from '../db';
import { metaKeys } from '../meta/keys';
import type { EventRow } from '../rows';

const statusOrder = { active: 0, planned: 1, closed: 2 } as const;
const startKey = (e: EventRow) => e.startedAt ?? e.createdAt;

/** Live events: active first, then planned, then closed; most recent first within each. */
export async function listEvents(db: LiaisonDb): Promise<EventRow[]> {
  const events = (await db.events.toArray()).filter((e) => e.deletedAt === null);
  return events.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || startKey(b).localeCompare(startKey(a)));
}

export const eventById = (db: LiaisonDb, id: string): Promise<EventRow | undefined> => db.events.get(id);

/**
 * The event this device works under: the one chosen with activateEvent while it is still active,
 * else the most recently started active event (e.g. activated on another device), else null.
 */
export async function activeEvent(db: LiaisonDb): Promise<EventRow | null> {
  const [chosen, active] = await Promise.all([
    db.syncMeta.get(metaKeys.activeEventId),
    db.events.where('status').equals('active').toArray(),
  ]);
  const live = active.filter((e) => e.deletedAt === null).sort((a, b) => startKey(b).localeCompare(startKey(a)));
  return live.find((e) => e.id === chosen?.value) ?? live[0] ?? null;
}

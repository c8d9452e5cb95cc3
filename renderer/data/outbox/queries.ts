// What is waiting to be pushed (for the sync status: "3 changes pending", refused ones to show).
// Counts come from indexes so this stays cheap as a live query while the outbox is large.
import type { LiaisonDb } from '../db';
import type { OutboxRow } from '../rows';

export interface OutboxSummary {
  /** Mutations waiting to be pushed (refused ones excluded). */
  pending: number;
  /** Mutations the server refused; they stay until the user deals with them. */
  refused: number;
  /** Time of the oldest unsent change. */
  oldestAt: string | null;
}

export async function outboxSummary(db: LiaisonDb): Promise<OutboxSummary> {
  const [total, refused, oldest] = await Promise.all([
    db.outbox.count(),
    db.outbox.where('refusedReason').above('').count(),
    db.outbox.orderBy('seq').first(),
  ]);
  return { pending: total - refused, refused, oldestAt: oldest?.at ?? null };
}

/** Mutations in seq order (the order they must be pushed in). */
export const outboxMutations = (db: LiaisonDb, limit = 500): Promise<OutboxRow[]> => db.outbox.orderBy('seq').limit(limit).toArray();

/** Mutations the server refused, with its reason, for the user to see. */
export const refusedMutations = (db: LiaisonDb): Promise<OutboxRow[]> => db.outbox.where('refusedReason').above('').toArray();

// Reads for the sync engine and the sync status: the cursor, when the last sync ended, and the next
// batch of the outbox to push.
import type { LiaisonDb } from '../db';
import type { OutboxRow } from '../rows';
import { syncKeys } from './syncKeys';

const textMeta = async (db: LiaisonDb, key: string): Promise<string | null> => {
  const row = await db.syncMeta.get(key);
  return typeof row?.value === 'string' ? row.value : null;
};

export const syncCursor = (db: LiaisonDb): Promise<string | null> => textMeta(db, syncKeys.cursor);
export const lastSyncedAt = (db: LiaisonDb): Promise<string | null> => textMeta(db, syncKeys.lastSyncedAt);

export async function markSynced(db: LiaisonDb, at: string): Promise<void> {
  await db.syncMeta.put({ key: syncKeys.lastSyncedAt, value: at });
}

/** The next pending mutations in seq order (refused ones are not sent again). */
export const pendingBatch = (db: LiaisonDb, limit: number): Promise<OutboxRow[]> =>
  db.outbox.orderBy('seq').filter((m) => m.refusedReason === null).limit(limit).toArray();

// Tombstones (deleted records) are kept TOMBSTONE_RETENTION_MS (90 days) after the server saw the
// delete, then purged with the conflicts that are settled or belong to purged records. The highest
// purged seq becomes the purge horizon: a pull from a cursor below it answers cursor_reset, because
// that device might still hold a record whose delete it never saw.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { TOMBSTONE_RETENTION_MS } from '../../shared/api/sync';
import type { Database } from '../db/schema';
import { lockChanges } from './changeSeq';

export type PurgeResult = { records: number; conflicts: number; horizonSeq: number };

export async function purgeTombstones(db: Kysely<Database>, nowMs: number, retentionMs = TOMBSTONE_RETENTION_MS): Promise<PurgeResult> {
  const cutoff = new Date(nowMs - retentionMs);
  return db.transaction().execute(async (trx) => {
    await lockChanges(trx);
    const records = await sql<{ id: string; seq: number }>`
      delete from records where deleted_at is not null and deleted_at < ${cutoff} returning id::text as id, seq`.execute(trx);
    const ids = records.rows.map((row) => row.id);
    const conflicts = await sql<{ seq: number }>`
      delete from conflicts
       where record_id = any(${ids}::uuid[]) or (status <> 'open' and resolved_at < ${cutoff})
       returning seq`.execute(trx);
    const purgedMax = Math.max(0, ...records.rows.map((row) => row.seq), ...conflicts.rows.map((row) => row.seq));
    const horizon = await sql<{ value: string }>`
      update server_meta set value = greatest(value::int8, ${purgedMax}::int8)::text
       where key = 'purge_horizon_seq' returning value`.execute(trx);
    return { records: records.rows.length, conflicts: conflicts.rows.length, horizonSeq: Number(horizon.rows[0]!.value) };
  });
}

const PURGE_EVERY_MS = 6 * 3_600_000;

/** Purges now and every 6 hours until the returned function is called. Failures are logged, not thrown. */
export function startPurgeSchedule(db: Kysely<Database>, onError: (error: unknown) => void): () => void {
  const run = () => void purgeTombstones(db, Date.now()).catch(onError);
  run();
  const timer = setInterval(run, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

// The change sequence. Every writer that allocates seq numbers (push, admin scope changes, demo seed,
// conflict dismissal) first takes one transaction-scoped advisory lock and keeps it until commit, so
// seq order is commit order: a pull can never see seq N+1 committed while N is still in flight, and a
// cursor never skips a change. The lock is released by COMMIT/ROLLBACK.
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

/** Arbitrary, fixed: names the sync writer lock among advisory locks. */
const SYNC_LOCK_KEY = 4_417_000_001;
export const CHANGE_CHANNEL = 'liaison_changes';

export async function lockChanges(trx: Transaction<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(SYNC_LOCK_KEY)}::bigint)`.execute(trx);
}

/** `count` consecutive seq numbers (the lock must be held). */
export async function allocateSeqs(trx: Transaction<Database>, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await sql<{ seq: number }>`select nextval('change_seq') as seq from generate_series(1, ${count})`.execute(trx);
  return result.rows.map((row) => row.seq).sort((a, b) => a - b);
}

/** Tells every server instance listening on PostgreSQL that changes up to `seq` commit with this transaction. */
export async function notifyChanges(trx: Transaction<Database>, seq: number): Promise<void> {
  await sql`select pg_notify(${CHANGE_CHANNEL}, ${String(seq)})`.execute(trx);
}

/** The highest seq committed so far (what a client has to pull up to). */
export async function latestCommittedSeq(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ seq: number }>`
    select greatest((select coalesce(max(seq), 0) from records), (select coalesce(max(seq), 0) from conflicts))::int8 as seq`.execute(db);
  return result.rows[0]?.seq ?? 0;
}

// Refused mutations keep their answer (0003) so that a batch sent again after a lost answer gets the
// same result per seq: `refused` with the same code and reason, never `duplicate`, which would tell the
// client to drop a change the server never took.
import type { Transaction } from 'kysely';
import type { MutationResult, RefusalCode } from '../../shared/api/sync';
import type { Database } from '../db/schema';

type Refused = Extract<MutationResult, { status: 'refused' }>;

const isRefused = (result: MutationResult): result is Refused => result.status === 'refused';

/** Stores this push's refusals; call after the client's sync_clients row is written. */
export async function writeRefusals(trx: Transaction<Database>, clientId: string, results: readonly MutationResult[]): Promise<void> {
  const rows = results.filter(isRefused).map((r) => ({ client_id: clientId, seq: r.seq, mutation_id: r.mutationId, code: r.code, reason: r.reason }));
  if (rows.length === 0) return;
  await trx
    .insertInto('sync_refusals')
    .values(rows)
    .onConflict((oc) => oc.columns(['client_id', 'seq']).doUpdateSet((eb) => ({
      mutation_id: eb.ref('excluded.mutation_id'), code: eb.ref('excluded.code'), reason: eb.ref('excluded.reason'),
    })))
    .execute();
}

/**
 * Gives each `duplicate` the answer its seq got when it was processed: the stored refusal, or one from
 * `refusedNow` (a seq repeated within this batch). Applied ones stay `duplicate`.
 */
export async function answerDuplicates(
  trx: Transaction<Database>, clientId: string, results: readonly MutationResult[], refusedNow: readonly MutationResult[],
): Promise<MutationResult[]> {
  const seqs = results.filter((r) => r.status === 'duplicate').map((r) => r.seq);
  if (seqs.length === 0) return [...results];
  const earlier = new Map<number, Refused>(refusedNow.filter(isRefused).map((r) => [r.seq, r]));
  const rows = await trx
    .selectFrom('sync_refusals')
    .select(['seq', 'mutation_id', 'code', 'reason'])
    .where('client_id', '=', clientId)
    .where('seq', 'in', seqs)
    .execute();
  for (const row of rows) {
    earlier.set(row.seq, { seq: row.seq, mutationId: row.mutation_id, status: 'refused', code: row.code as RefusalCode, reason: row.reason });
  }
  return results.map((r) => (r.status === 'duplicate' ? (earlier.get(r.seq) ?? r) : r));
}

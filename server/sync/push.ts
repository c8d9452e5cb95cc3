// POST /api/sync/push: applies a client's outbox batch exactly once. Under the sync lock, in ONE
// transaction: read the client's last processed seq, answer duplicates as they were answered before,
// stop at a gap, apply the rest through the rules, write the changed records and conflicts with fresh
// seqs, the refusals and the new last seq. A crash anywhere rolls everything back, so nothing is
// acknowledged that was not committed.
import type { Kysely } from 'kysely';
import type { Scope } from '../../shared/api/auth';
import type { MutationResult, PushResponse } from '../../shared/api/sync';
import type { AuthContext } from '../auth/authContext';
import { writeAudit } from '../admin/audit';
import type { AuditEntry } from '../admin/audit';
import type { Database } from '../db/schema';
import { HttpError } from '../http/httpError';
import { applyMutation } from './applyMutation';
import type { ApplyContext } from './applyContext';
import type { ChangeFeed } from './changeFeed';
import { allocateSeqs, lockChanges, notifyChanges } from './changeSeq';
import { loadWorkingSet, resolveConflictAuthors, writeConflicts, writeRecords } from './recordStore';
import { answerDuplicates, writeRefusals } from './refusalStore';

export type PushInput = { clientId: string; mutations: (Record<string, unknown> & { seq: number })[] };

type Plan = { toApply: PushInput['mutations']; results: MutationResult[]; gap: PushResponse['gap']; lastSeq: number };

const idOf = (m: Record<string, unknown>) => (typeof m.mutationId === 'string' ? m.mutationId : null);

/** Splits a batch (sorted by seq) into duplicates, the contiguous run to apply, and a gap. */
function plan(mutations: PushInput['mutations'], lastSeq: number): Plan {
  const results: MutationResult[] = [];
  const toApply: PushInput['mutations'] = [];
  let expected = lastSeq + 1;
  for (const m of mutations) {
    if (m.seq < expected) {
      results.push({ seq: m.seq, mutationId: idOf(m), status: 'duplicate' });
      continue;
    }
    if (m.seq > expected) return { toApply, results, gap: { code: 'seq_gap', expectedSeq: expected, receivedSeq: m.seq }, lastSeq: expected - 1 };
    toApply.push(m);
    expected += 1;
  }
  return { toApply, results, gap: null, lastSeq: expected - 1 };
}

export async function pushMutations(
  db: Kysely<Database>,
  feed: ChangeFeed,
  auth: AuthContext,
  input: PushInput,
  now: Date,
): Promise<PushResponse> {
  const sorted = [...input.mutations].sort((a, b) => a.seq - b.seq);
  const { response, maxSeq } = await db.transaction().execute(async (trx) => {
    await lockChanges(trx);
    const client = await trx.selectFrom('sync_clients').select(['user_id', 'last_seq']).where('client_id', '=', input.clientId).executeTakeFirst();
    if (client !== undefined && client.user_id !== auth.user.id) {
      throw new HttpError(403, 'client_owned_by_other_user', 'This client id belongs to another user: start a new client id after signing in as a different user');
    }
    const lastSeq = client?.last_seq ?? 0;
    const planned = plan(sorted, lastSeq);
    const response: PushResponse = { clientId: input.clientId, lastSeq: planned.lastSeq, results: planned.results, gap: planned.gap };
    if (planned.toApply.length === 0) {
      response.results = await answerDuplicates(trx, input.clientId, planned.results, []);
      return { response, maxSeq: 0 };
    }

    const set = await loadWorkingSet(trx, planned.toApply);
    const ctx: ApplyContext = {
      user: auth.user,
      scopes: new Map<string, Scope>(auth.scopes.map((s) => [s.id, s])),
      clientId: input.clientId,
      now,
      set,
    };
    const audit: AuditEntry[] = [];
    const applied = planned.toApply.map((raw) => {
      const { result, mutation } = applyMutation(ctx, raw);
      audit.push({
        actorId: auth.user.id,
        action: result.status === 'applied' ? `sync.${mutation!.op}` : 'sync.refused',
        entity: mutation?.entity ?? (typeof raw.entity === 'string' ? raw.entity.slice(0, 50) : null),
        entityId: mutation?.recordId ?? null,
        details: {
          clientId: input.clientId, seq: raw.seq, ...(mutation ? { fields: Object.keys(mutation.patch) } : {}),
          ...(result.status === 'refused' ? { code: result.code } : { conflicts: result.status === 'applied' ? result.conflictIds.length : 0 }),
        },
      });
      return result;
    });
    const duplicates = await answerDuplicates(trx, input.clientId, planned.results, applied);
    response.results = [...duplicates, ...applied].sort((a, b) => a.seq - b.seq);

    const records = set.dirtyRecords;
    const conflicts = await resolveConflictAuthors(trx, set.conflictWrites, { clientId: input.clientId, user: auth.user });
    const seqs = await allocateSeqs(trx, records.length + conflicts.length);
    await writeRecords(trx, records.map((r, i) => ({ ...r, seq: seqs[i]! })), now);
    await writeConflicts(trx, conflicts.map((c, i) => ({ ...c, seq: seqs[records.length + i]! })));
    const scopes = set.eventScopes;
    if (scopes.length > 0) {
      await trx
        .insertInto('scopes')
        .values(scopes.map((s) => ({ id: s.id, kind: s.kind, name: s.name, parent_id: s.parentId })))
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
        .execute();
    }
    await trx
      .insertInto('sync_clients')
      .values({ client_id: input.clientId, user_id: auth.user.id, last_seq: planned.lastSeq })
      .onConflict((oc) => oc.column('client_id').doUpdateSet({ last_seq: planned.lastSeq, updated_at: now }))
      .execute();
    await writeRefusals(trx, input.clientId, applied);
    await writeAudit(trx, audit);
    const maxSeq = seqs.at(-1) ?? 0;
    if (maxSeq > 0) await notifyChanges(trx, maxSeq);
    return { response, maxSeq };
  });
  if (maxSeq > 0) feed.committed(maxSeq);
  return response;
}

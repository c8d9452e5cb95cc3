// Reads and writes of the sync tables for a push, batched: a few selects to fill the working set, then
// one multi-row upsert per table for what changed. PGlite pays per statement, PostgreSQL per round trip.
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { decodeHlc } from '../../shared/clock/hlc';
import type { EntityName } from '../../shared/domain/entities';
import type { Database } from '../db/schema';
import { WorkingSet } from './workingSet';
import type { ConflictState, StoredRecord } from './workingSet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHUNK = 1000;

type RecordRow = {
  id: string;
  entity: string;
  scope_id: string;
  prior_scopes: string[];
  data: Record<string, unknown>;
  base_hlc: string;
  field_hlc: Record<string, string>;
  hlc: string;
  deleted_at: Date | null;
};

const toStored = (row: RecordRow): StoredRecord => ({
  id: row.id,
  entity: row.entity as EntityName,
  scopeId: row.scope_id,
  priorScopes: row.prior_scopes,
  data: row.data,
  baseHlc: row.base_hlc,
  fieldHlc: row.field_hlc,
  hlc: row.hlc,
  deletedAt: row.deleted_at,
});

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export const conflictFromRow = (row: {
  id: string; entity: string; record_id: string; scope_id: string; field: string; kind: 'field' | 'revived';
  winning_value: unknown; losing_value: unknown; winner_user_id: string | null; winner_user_name: string | null;
  winner_hlc: string; winner_at: Date; loser_user_id: string | null; loser_user_name: string | null; loser_hlc: string;
  loser_at: Date; status: ConflictState['status']; created_at: Date; resolved_at: Date | null; resolved_by: string | null;
}): ConflictState => ({
  id: row.id,
  entity: row.entity as EntityName,
  recordId: row.record_id,
  scopeId: row.scope_id,
  field: row.field,
  kind: row.kind,
  winningValue: row.winning_value,
  losingValue: row.losing_value,
  winner: { userId: row.winner_user_id, userName: row.winner_user_name, hlc: row.winner_hlc, at: iso(row.winner_at)! },
  loser: { userId: row.loser_user_id, userName: row.loser_user_name, hlc: row.loser_hlc, at: iso(row.loser_at)! },
  status: row.status,
  createdAt: iso(row.created_at)!,
  resolvedAt: iso(row.resolved_at),
  resolvedBy: row.resolved_by,
});

/** Ids a mutation may touch or refer to (its record, a contact's customer, an ack's briefing, a briefing's event). */
function referencedIds(mutations: readonly Record<string, unknown>[]): { ids: string[]; eventIds: string[] } {
  const ids = new Set<string>();
  const eventIds = new Set<string>();
  for (const m of mutations) {
    const patch = typeof m.patch === 'object' && m.patch !== null ? (m.patch as Record<string, unknown>) : {};
    for (const value of [m.recordId, patch.customerId, patch.briefingId, patch.eventId]) {
      if (typeof value === 'string' && UUID.test(value)) ids.add(value.toLowerCase());
    }
    if (m.entity === 'briefing' && typeof patch.eventId === 'string' && UUID.test(patch.eventId)) eventIds.add(patch.eventId.toLowerCase());
  }
  return { ids: [...ids], eventIds: [...eventIds] };
}

const RECORD_COLUMNS = sql`id::text as id, entity, scope_id, prior_scopes, data, base_hlc, field_hlc, hlc, deleted_at`;

/** Loads every record and open conflict the mutations can touch, including all briefings of their events. */
export async function loadWorkingSet(trx: Transaction<Database>, mutations: readonly Record<string, unknown>[]): Promise<WorkingSet> {
  const set = new WorkingSet();
  const { ids, eventIds } = referencedIds(mutations);
  if (ids.length === 0) return set;
  const rows = await sql<RecordRow>`select ${RECORD_COLUMNS} from records where id = any(${ids}::uuid[])`.execute(trx);
  const events = new Set(eventIds);
  for (const row of rows.rows) {
    set.load(toStored(row));
    if (row.entity === 'briefing' && typeof row.data.eventId === 'string') events.add(row.data.eventId);
  }
  if (events.size > 0) {
    const briefings = await sql<RecordRow>`
      select ${RECORD_COLUMNS} from records
       where entity = 'briefing' and data ->> 'eventId' = any(${[...events]}::text[])`.execute(trx);
    for (const row of briefings.rows) if (set.get(row.id) === undefined) set.load(toStored(row));
  }
  const conflicts = await trx
    .selectFrom('conflicts')
    .selectAll()
    .where('status', '=', 'open')
    .where(sql<boolean>`record_id = any(${ids}::uuid[])`)
    .execute();
  for (const row of conflicts) set.loadOpenConflict(conflictFromRow({ ...row, id: String(row.id), record_id: String(row.record_id) }));
  return set;
}

/**
 * Fills in who wrote the server-held side of new conflicts: the user who owns the client named by the
 * HLC's node. Every push checks that node against the pushing client (applyMutation), and a client id
 * belongs to one user, so this is the server's knowledge, not the client's word. Unknown (e.g. demo
 * seed data) stays null.
 */
export async function resolveConflictAuthors(
  trx: Transaction<Database>, conflicts: ConflictState[], pusher: { clientId: string; user: { id: string; name: string } },
): Promise<ConflictState[]> {
  const nodeOf = (hlc: string) => decodeHlc(hlc).node;
  const byNode = new Map<string, { userId: string; userName: string }>([[pusher.clientId, { userId: pusher.user.id, userName: pusher.user.name }]]);
  const nodes = new Set<string>();
  for (const c of conflicts) for (const side of [c.winner, c.loser]) if (side.userId === null && !byNode.has(nodeOf(side.hlc))) nodes.add(nodeOf(side.hlc));
  const rows = nodes.size === 0 ? [] : await trx
    .selectFrom('sync_clients')
    .innerJoin('users', 'users.id', 'sync_clients.user_id')
    .select(['sync_clients.client_id', 'users.id', 'users.name'])
    .where('sync_clients.client_id', 'in', [...nodes])
    .execute();
  for (const row of rows) byNode.set(row.client_id, { userId: row.id, userName: row.name });
  const fill = (side: ConflictState['winner']) => (side.userId === null ? { ...side, ...byNode.get(nodeOf(side.hlc)) } : side);
  return conflicts.map((c) => ({ ...c, winner: fill(c.winner), loser: fill(c.loser) }));
}

export async function writeRecords(trx: Transaction<Database>, records: readonly (StoredRecord & { seq: number })[], receivedAt: Date): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const rows = records.slice(i, i + CHUNK).map((r) => ({
      id: r.id,
      entity: r.entity,
      scope_id: r.scopeId,
      prior_scopes: r.priorScopes,
      data: JSON.stringify(r.data),
      base_hlc: r.baseHlc,
      field_hlc: JSON.stringify(r.fieldHlc),
      hlc: r.hlc,
      seq: r.seq,
      created_at: String(r.data.createdAt),
      updated_at: String(r.data.updatedAt),
      updated_by: String(r.data.updatedBy),
      deleted_at: r.deletedAt,
      received_at: receivedAt,
    }));
    await trx
      .insertInto('records')
      .values(rows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          scope_id: eb.ref('excluded.scope_id'),
          prior_scopes: eb.ref('excluded.prior_scopes'),
          data: eb.ref('excluded.data'),
          field_hlc: eb.ref('excluded.field_hlc'),
          hlc: eb.ref('excluded.hlc'),
          seq: eb.ref('excluded.seq'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
          deleted_at: eb.ref('excluded.deleted_at'),
          received_at: eb.ref('excluded.received_at'),
        })),
      )
      .execute();
  }
}

export async function writeConflicts(trx: Transaction<Database>, conflicts: readonly (ConflictState & { seq: number })[]): Promise<void> {
  for (let i = 0; i < conflicts.length; i += CHUNK) {
    const rows = conflicts.slice(i, i + CHUNK).map((c) => ({
      id: c.id,
      seq: c.seq,
      entity: c.entity,
      record_id: c.recordId,
      scope_id: c.scopeId,
      field: c.field,
      kind: c.kind,
      winning_value: JSON.stringify(c.winningValue ?? null),
      losing_value: JSON.stringify(c.losingValue ?? null),
      winner_user_id: c.winner.userId,
      winner_user_name: c.winner.userName,
      winner_hlc: c.winner.hlc,
      winner_at: c.winner.at,
      loser_user_id: c.loser.userId,
      loser_user_name: c.loser.userName,
      loser_hlc: c.loser.hlc,
      loser_at: c.loser.at,
      status: c.status,
      created_at: c.createdAt,
      resolved_at: c.resolvedAt,
      resolved_by: c.resolvedBy,
    }));
    await trx
      .insertInto('conflicts')
      .values(rows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          seq: eb.ref('excluded.seq'),
          status: eb.ref('excluded.status'),
          resolved_at: eb.ref('excluded.resolved_at'),
          resolved_by: eb.ref('excluded.resolved_by'),
        })),
      )
      .execute();
  }
}

// GET /api/sync/pull: the changes after a cursor that the user may see, in seq order, one page at a
// time. The database assembles a page's record changes into one JSON string (no parse and re-serialize
// per row, one result row: PGlite pays per row), which keeps pages of thousands of records cheap. A cursor that cannot be continued safely answers
// 409 cursor_reset: the client then pulls from the empty cursor (the snapshot).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { encodeCursor, parseCursor } from '../../shared/sync/cursor';
import type { AuthContext } from '../auth/authContext';
import { clearResync } from '../auth/sessionStore';
import type { Database } from '../db/schema';
import { HttpError } from '../http/httpError';
import { conflictFromRow } from './recordStore';

export type PullQuery = { cursor?: string | undefined; limit: number };

const reset = (why: string) => new HttpError(409, 'cursor_reset', `${why}: pull again from the empty cursor (a new snapshot)`);

/** `n`: candidates found (limit + 1 means more follow); `json`: the page's changes, comma-separated. */
type RecordPage = { n: number; last: number | null; json: string | null };

/** Refuses cursors that would skip changes: another database, purged tombstones, scope changes, a restored backup. */
async function startSeq(db: Kysely<Database>, auth: AuthContext, epoch: string, cursorText: string | undefined): Promise<number> {
  const cursor = cursorText === undefined ? { epoch, seq: 0 } : parseCursor(cursorText);
  if (cursor === null) throw reset('This cursor is malformed');
  if (cursor.epoch !== epoch) throw reset('This cursor belongs to another server database');
  if (cursor.seq === 0) {
    // A snapshot: whatever this device held before its user's scope change is replaced by it.
    if (auth.resyncBelowSeq > 0) await clearResync(db, auth.session.id);
    return 0;
  }
  const meta = await sql<{ horizon: string; max_seq: number }>`
    select (select value from server_meta where key = 'purge_horizon_seq') as horizon,
           (select case when is_called then last_value else 0 end from change_seq)::int8 as max_seq`.execute(db);
  const { horizon, max_seq: maxSeq } = meta.rows[0]!;
  if (cursor.seq < Number(horizon)) throw reset('Deleted records this device has not seen were purged');
  if (cursor.seq < auth.resyncBelowSeq) throw reset('Your scopes changed');
  if (cursor.seq > maxSeq) throw reset('This cursor is ahead of the server (was the database restored?)');
  return cursor.seq;
}

/** Up to `limit` record changes after `from` (and up to `upTo`), and whether more follow. */
async function recordPage(db: Kysely<Database>, scopes: string[], from: number, limit: number, upTo: number | null): Promise<RecordPage> {
  const bound = upTo === null ? sql`` : sql`and seq <= ${upTo}`;
  const result = await sql<RecordPage>`
    with candidates as (
      select seq, entity, id, hlc, data, scope_id = any(${scopes}::text[]) as visible
        from records
       where seq > ${from} ${bound} and (scope_id = any(${scopes}::text[]) or prior_scopes && ${scopes}::text[])
       order by seq limit ${limit + 1}),
    page as (select * from candidates order by seq limit ${limit})
    select (select count(*) from candidates)::int8 as n, (select max(seq) from page) as last,
           (select string_agg(case when visible
                        then '{"seq":' || seq || ',"entity":' || to_json(entity)::text || ',"record":' || data::text || ',"hlc":' || to_json(hlc)::text || '}'
                        else '{"seq":' || seq || ',"entity":' || to_json(entity)::text || ',"id":"' || id::text || '","outOfScope":true}'
                      end, ',' order by seq) from page) as json`.execute(db);
  return result.rows[0]!;
}

/**
 * One page as JSON text matching `pullResponseSchema`: up to `limit` record changes after the cursor,
 * plus the conflicts in the same seq range (at most `limit` of those too). The page is read from one
 * snapshot (repeatable read): a push committing between its queries would otherwise show a conflict
 * whose record change was missed, and the cursor would move past that change for good.
 */
export function pullChanges(db: Kysely<Database>, auth: AuthContext, epoch: string, query: PullQuery): Promise<string> {
  return db.transaction().setIsolationLevel('repeatable read').execute((trx) => readPage(trx, auth, epoch, query));
}

async function readPage(db: Kysely<Database>, auth: AuthContext, epoch: string, query: PullQuery): Promise<string> {
  const from = await startSeq(db, auth, epoch, query.cursor);
  const scopes = [...auth.scopeIds];
  let records = await recordPage(db, scopes, from, query.limit, null);
  let hasMore = records.n > query.limit;
  const upTo = hasMore ? records.last : null;
  let conflicts = await db
    .selectFrom('conflicts')
    .selectAll()
    .where('seq', '>', from)
    .$if(upTo !== null, (qb) => qb.where('seq', '<=', upTo!))
    .where(sql<boolean>`scope_id = any(${scopes}::text[])`)
    .orderBy('seq')
    .limit(query.limit + 1)
    .execute();
  if (conflicts.length > query.limit) {
    // A flood of conflicts: end the page at the last conflict that fits, and cut the records there too.
    conflicts = conflicts.slice(0, query.limit);
    hasMore = true;
    records = await recordPage(db, scopes, from, query.limit, conflicts.at(-1)!.seq);
  }
  const conflictJson = conflicts.map((row) =>
    JSON.stringify({ seq: row.seq, ...conflictFromRow({ ...row, id: String(row.id), record_id: String(row.record_id) }) }),
  );
  const last = Math.max(from, records.last ?? 0, conflicts.at(-1)?.seq ?? 0);
  const cursor = JSON.stringify(encodeCursor({ epoch, seq: last }));
  return `{"changes":[${records.json ?? ''}],"conflicts":[${conflictJson.join(',')}],"cursor":${cursor},"hasMore":${hasMore}}`;
}

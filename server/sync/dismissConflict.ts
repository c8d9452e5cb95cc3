// Dismissing a conflict keeps the winning value and closes it for everyone (a new seq, so every device
// pulls the new status). Restoring needs no endpoint: the client pushes an update with the losing value.
import type { Kysely } from 'kysely';
import type { SyncConflict } from '../../shared/api/sync';
import type { AuthContext } from '../auth/authContext';
import { writeAudit } from '../admin/audit';
import type { Database } from '../db/schema';
import { HttpError } from '../http/httpError';
import type { ChangeFeed } from './changeFeed';
import { allocateSeqs, lockChanges, notifyChanges } from './changeSeq';
import { conflictFromRow, writeConflicts } from './recordStore';

export async function dismissConflict(db: Kysely<Database>, feed: ChangeFeed, auth: AuthContext, conflictId: string, now: Date): Promise<SyncConflict> {
  const conflict = await db.transaction().execute(async (trx) => {
    await lockChanges(trx);
    const row = await trx.selectFrom('conflicts').selectAll().where('id', '=', conflictId).executeTakeFirst();
    if (row === undefined || !auth.scopeIds.has(row.scope_id)) throw new HttpError(404, 'not_found', 'No such conflict in your scopes');
    const current = { ...conflictFromRow({ ...row, id: String(row.id), record_id: String(row.record_id) }), seq: row.seq };
    if (current.status !== 'open') return current;
    const [seq] = await allocateSeqs(trx, 1);
    const dismissed = { ...current, seq: seq!, status: 'dismissed' as const, resolvedAt: now.toISOString(), resolvedBy: auth.user.id };
    await writeConflicts(trx, [dismissed]);
    await writeAudit(trx, [{ actorId: auth.user.id, action: 'sync.conflict_dismissed', entity: row.entity, entityId: String(row.record_id), details: { conflictId, field: row.field } }]);
    await notifyChanges(trx, seq!);
    return dismissed;
  });
  if (conflict.status === 'dismissed' && conflict.resolvedAt === now.toISOString()) feed.committed(conflict.seq);
  return conflict;
}

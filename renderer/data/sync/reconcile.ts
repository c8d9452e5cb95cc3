// After a complete re-snapshot (the old cursor could not be continued: purged tombstones, changed
// scopes, another server database), records and conflicts the snapshot did not contain are gone from
// the server's view for this user and are removed, except records with local changes still in the
// outbox. Never runs on an empty snapshot: an empty answer is not a reason to delete everything.
import type { LiaisonDb } from '../db';
import { removeRecords } from './writeRecords';
import { conflictsTable, entityTables, serverCopiesTable, tableOf } from './tables';
import type { EntityName } from '../../../shared/domain/entities';

export interface SeenIds {
  records: Set<string>;
  conflicts: Set<string>;
}

export const emptySeen = (): SeenIds => ({ records: new Set(), conflicts: new Set() });

/** Runs inside the last snapshot page's transaction; returns how many records it removed. */
export async function reconcileAfterSnapshot(db: LiaisonDb, seen: SeenIds): Promise<number> {
  if (seen.records.size === 0) return 0;
  const outboxIds = new Set((await db.outbox.toArray()).map((m) => m.recordId));
  let removed = 0;
  for (const entity of Object.keys(entityTables) as EntityName[]) {
    const ids = (await tableOf(db, entity).orderBy('id').keys()) as string[];
    const gone = ids.filter((id) => !seen.records.has(id) && !outboxIds.has(id));
    await removeRecords(db, entity, gone);
    await serverCopiesTable(db).bulkDelete(gone);
    removed += gone.length;
  }
  const conflictIds = (await conflictsTable(db).toCollection().primaryKeys()) as string[];
  await conflictsTable(db).bulkDelete(conflictIds.filter((id) => !seen.conflicts.has(id)));
  return removed;
}

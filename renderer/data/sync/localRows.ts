// Puts a record's local row back in line with what is known after its outbox changed (a push was
// acknowledged, a refused change discarded): the server's copy with the changes still in the outbox on
// top (refused ones included: they stay visible until the user retries or discards them). Without a server copy (no pull since the change) the row already shows the local
// changes and stays as it is. Runs inside a transaction over syncWriteTables.
import type { EntityName } from '../../../shared/domain/entities';
import type { LiaisonDb } from '../db';
import { localProfile } from '../meta/queries';
import { overlayPending } from './overlay';
import { serverCopiesTable } from './tables';
import { groupRecord, writeRecords } from './writeRecords';
import type { RecordsByEntity } from './writeRecords';

export type RecordKey = { entity: EntityName; id: string };

export async function rebuildFromServerCopies(db: LiaisonDb, keys: readonly RecordKey[]): Promise<void> {
  const unique = [...new Map(keys.map((k) => [k.id, k])).values()];
  if (unique.length === 0) return;
  const copies = await serverCopiesTable(db).bulkGet(unique.map((k) => k.id));
  if (copies.every((c) => c === undefined)) return;
  const profile = await localProfile(db);
  const groups: RecordsByEntity = new Map();
  const settled: string[] = [];
  for (const copy of copies) {
    if (!copy) continue;
    const rows = await db.outbox.where('[entity+recordId]').equals([copy.entity, copy.id]).sortBy('seq');
    if (rows.length === 0) settled.push(copy.id);
    const merged = overlayPending(copy.record, rows, profile.id);
    if (merged) groupRecord(groups, copy.entity, merged);
  }
  await writeRecords(db, groups);
  await serverCopiesTable(db).bulkDelete(settled);
}

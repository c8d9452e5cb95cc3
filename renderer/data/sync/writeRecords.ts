// Writes records as the server holds them (plus re-applied local changes) into the domain tables through
// bulkLoad, which validates them and maintains the derived fields (search tokens, last contacted, ...)
// exactly as every other write does. Must run inside a transaction over syncWriteTables.
import type { EntityName } from '../../../shared/domain/entities';
import { bulkLoad } from '../bulkLoad';
import type { LiaisonDb } from '../db';
import { entityOrder, entityTables, tableOf } from './tables';

export type RecordsByEntity = Map<EntityName, Record<string, unknown>[]>;

export function groupRecord(groups: RecordsByEntity, entity: EntityName, record: Record<string, unknown>): void {
  const list = groups.get(entity);
  if (list) list.push(record);
  else groups.set(entity, [record]);
}

/** Contacts are keyed by [customerId, id]: a contact that moved to another customer loses its old row first. */
async function dropMovedContacts(db: LiaisonDb, contacts: readonly Record<string, unknown>[]): Promise<void> {
  const customerOf = new Map(contacts.map((c) => [String(c.id), c.customerId]));
  const existing = await db.contacts.where('id').anyOf([...customerOf.keys()]).toArray();
  const moved = existing.filter((row) => customerOf.get(row.id) !== row.customerId);
  if (moved.length > 0) await db.contacts.bulkDelete(moved.map((row) => [row.customerId, row.id] as [string, string]));
}

/** Writes every group; returns how many records failed validation (they are not written). */
export async function writeRecords(db: LiaisonDb, groups: RecordsByEntity): Promise<number> {
  let rejected = 0;
  for (const entity of entityOrder) {
    const records = groups.get(entity);
    if (!records || records.length === 0) continue;
    if (entity === 'contact') await dropMovedContacts(db, records);
    const report = await bulkLoad(db, entityTables[entity], records);
    rejected += report.rejected.length;
  }
  return rejected;
}

/** Removes records by id from their table (records that left the user's scopes, or were purged). */
export async function removeRecords(db: LiaisonDb, entity: EntityName, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tableOf(db, entity).where('id').anyOf(ids).delete();
}

/** The stored row, or null (its derived fields are dropped again when bulkLoad writes it). */
export async function storedRecord(db: LiaisonDb, entity: EntityName, id: string): Promise<Record<string, unknown> | null> {
  const row = await tableOf(db, entity).where('id').equals(id).first();
  return row === undefined ? null : row;
}

// Typed access to the sync client's tables (migration 005) and the domain table of each synced entity.
// The conflicts table keeps every conflict the server sent (open and settled) so the conflicts view
// works offline; serverCopies keeps the server's version of records that have outbox rows.
import type { Table } from 'dexie';
import type { SyncConflict } from '../../../shared/api/sync';
import type { EntityName } from '../../../shared/domain/entities';
import type { BulkTable } from '../bulkLoad';
import type { LiaisonDb } from '../db';

export type ConflictRow = SyncConflict;

export interface ServerCopyRow {
  id: string;
  entity: EntityName;
  /** The record as the server last sent it (before local changes were re-applied on top). */
  record: Record<string, unknown>;
}

export const conflictsTable = (db: LiaisonDb): Table<ConflictRow, string> => db.table('conflicts');
export const serverCopiesTable = (db: LiaisonDb): Table<ServerCopyRow, string> => db.table('serverCopies');

export const entityTables = {
  customer: 'customers',
  contact: 'contacts',
  event: 'events',
  briefing: 'briefings',
  briefingAck: 'briefingAcks',
  logEntry: 'logEntries',
} as const satisfies Record<EntityName, BulkTable>;

/** Load order: customers before the contacts and log entries that refer to them. */
export const entityOrder: readonly EntityName[] = ['event', 'customer', 'contact', 'briefing', 'briefingAck', 'logEntry'];

/** A domain table by entity; every one has `id` as its key or as a unique index (contacts). */
export const tableOf = (db: LiaisonDb, entity: EntityName): Table<Record<string, unknown>, unknown> =>
  db.table(entityTables[entity]);

/** Every table a sync write may touch, for one transaction (log entries move customers' last contact). */
export const syncWriteTables = (db: LiaisonDb): Table[] => [
  db.customers, db.contacts, db.events, db.briefings, db.briefingAcks, db.logEntries, db.lastContacts,
  db.outbox, db.syncMeta, conflictsTable(db), serverCopiesTable(db),
];

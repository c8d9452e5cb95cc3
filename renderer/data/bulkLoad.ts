// The fast path for large loads (sync pulls, import, demo seed): validate and derive every row in
// plain loops first (no awaits, no per-record transactions), then write everything in ONE
// transaction with a few big bulkPuts. Invalid records are reported, not written.
import type { Table } from 'dexie';
import { entitySchemas } from '../../shared/domain/entities';
import type { EntityName, EntityRecord } from '../../shared/domain/entities';
import { toFieldIssues } from '../../shared/domain/fieldIssues';
import type { FieldIssue } from '../../shared/domain/fieldIssues';
import type { LiaisonDb } from './db';
import { startWriteSession } from './outbox/writeSession';
import { touchLastContacts } from './customers/lastContacts';
import { toContactRow, toCustomerRow, toLogEntryRow } from './rows';
import type { LogEntryRow } from './rows';

export const bulkTables = {
  customers: 'customer',
  contacts: 'contact',
  events: 'event',
  briefings: 'briefing',
  briefingAcks: 'briefingAck',
  logEntries: 'logEntry',
} as const satisfies Record<string, EntityName>;
export type BulkTable = keyof typeof bulkTables;

export interface BulkLoadOptions {
  /** Also queue an insert mutation per record (import of new local records). Off for sync pulls. */
  recordMutations?: boolean;
  /** Records per bulkPut call inside the transaction. */
  chunkSize?: number;
}

export interface BulkLoadReport {
  table: BulkTable;
  received: number;
  written: number;
  rejected: { index: number; id: string | null; issues: FieldIssue[] }[];
}

const idOf = (r: unknown) => (r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : null);

/**
 * Contacts are keyed by [customerId, id]: a contact that moved to another customer must lose its old
 * row first (its unique id index would refuse the new one). Only reads when the table has rows.
 */
async function dropMovedContacts(db: LiaisonDb, records: readonly EntityRecord<'contact'>[]): Promise<void> {
  if ((await db.contacts.limit(1).primaryKeys()).length === 0) return;
  const customerOf = new Map(records.map((r) => [r.id, r.customerId]));
  const existing = await db.contacts.where('id').anyOf([...customerOf.keys()]).primaryKeys();
  const moved = existing.filter(([customerId, id]) => customerOf.get(id) !== customerId);
  if (moved.length > 0) await db.contacts.bulkDelete(moved);
}

export async function bulkLoad(db: LiaisonDb, table: BulkTable, records: readonly unknown[], options: BulkLoadOptions = {}): Promise<BulkLoadReport> {
  const { recordMutations = false, chunkSize = 20_000 } = options;
  const entity = bulkTables[table];
  const schema = entitySchemas[entity];
  const rejected: BulkLoadReport['rejected'] = [];
  const valid: EntityRecord<typeof entity>[] = [];
  for (let i = 0; i < records.length; i++) {
    const parsed = schema.safeParse(records[i]);
    if (parsed.success) valid.push(parsed.data);
    else rejected.push({ index: i, id: idOf(records[i]), issues: toFieldIssues(parsed.error) });
  }
  // Derived fields are computed before the transaction opens: inside it, only IndexedDB work.
  const rows: object[] =
    table === 'customers' ? (valid as EntityRecord<'customer'>[]).map((r) => toCustomerRow(r))
      : table === 'contacts' ? (valid as EntityRecord<'contact'>[]).map(toContactRow)
        : table === 'logEntries' ? (valid as EntityRecord<'logEntry'>[]).map(toLogEntryRow)
          : valid;
  const target = db[table] as unknown as Table<object, unknown>;
  const tables = [target, ...(table === 'logEntries' ? [db.lastContacts] : []), db.outbox, db.syncMeta];
  await db.transaction('rw', [...new Set(tables)], async () => {
    if (table === 'contacts') await dropMovedContacts(db, valid as EntityRecord<'contact'>[]);
    const writes: Promise<unknown>[] = [];
    for (let start = 0; start < rows.length; start += chunkSize) writes.push(target.bulkPut(rows.slice(start, start + chunkSize)));
    if (table === 'logEntries') writes.push(touchLastContacts(db, rows as LogEntryRow[]));
    if (recordMutations && valid.length > 0) {
      const session = await startWriteSession(db);
      for (const record of valid) session.record(entity, record.id, 'insert', record);
      writes.push(session.flush());
    }
    await Promise.all(writes);
  });
  return { table, received: records.length, written: valid.length, rejected };
}

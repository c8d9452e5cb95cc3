// Row 1 of the benchmark: the directory (50k customers, 200k contacts) written through the app's data
// layer (`bulkLoad`: validation, derived search tokens) against a bare Dexie `bulkPut` of the very same
// prepared rows into the very same schema. Both write RECORDS_PER_WRITE records per transaction, as a
// sync page arrives (renderer/data/writeBatch.ts says why). The data set is generated in the page from
// the seeded generator, so nothing large crosses the wire.
import type { Table } from 'dexie';
import { generateDataset } from '../../shared/demo/generateDataset';
import { bulkLoad } from '../../renderer/data/bulkLoad';
import { openLocalDb } from '../../renderer/data/db';
import { metaKeys } from '../../renderer/data/meta/keys';
import { toContactRow, toCustomerRow } from '../../renderer/data/rows';
import { RECORDS_PER_WRITE } from '../../renderer/data/writeBatch';
import type { DatasetRequest, LoadResult } from './benchApi';
import { openBareDb } from './bareDb';
import { timed } from './timed';

function* inWrites<T>(records: readonly T[]): Generator<T[]> {
  for (let start = 0; start < records.length; start += RECORDS_PER_WRITE) yield records.slice(start, start + RECORDS_PER_WRITE);
}

function generate(request: DatasetRequest) {
  const start = performance.now();
  const data = generateDataset({ now: request.now, size: request.size });
  return { data, generateMs: performance.now() - start };
}

/** The app's path; afterwards loads the rest of the data set (events, briefings, log) untimed. */
export async function appLoad(request: DatasetRequest): Promise<LoadResult> {
  const { data, generateMs } = generate(request);
  const db = await openLocalDb(request.dbName);
  try {
    const load = async (table: 'customers' | 'contacts', records: readonly unknown[]) => {
      for (const chunk of inWrites(records)) await bulkLoad(db, table, chunk);
    };
    const customers = await timed('customers', data.customers.length, () => load('customers', data.customers));
    const contacts = await timed('contacts', data.contacts.length, () => load('contacts', data.contacts));
    for (const table of ['events', 'briefings', 'briefingAcks', 'logEntries'] as const) {
      const report = await bulkLoad(db, table, data[table]);
      if (report.rejected.length > 0) throw new Error(`bench data has invalid ${table}`);
    }
    await db.syncMeta.bulkPut([
      { key: metaKeys.activeEventId, value: data.activeEventId },
      { key: metaKeys.briefingRead(data.activeEventId), value: data.lastReadBriefingVersion },
    ]);
    const stored = { customers: await db.customers.count(), contacts: await db.contacts.count() };
    return { generateMs, prepareMs: 0, customers, contacts, stored };
  } finally {
    db.close();
  }
}

/** Bare Dexie: the rows are derived up front (untimed), then one bulkPut per transaction. */
export async function bareLoad(request: DatasetRequest): Promise<LoadResult> {
  const { data, generateMs } = generate(request);
  const prepareStart = performance.now();
  const customerRows = data.customers.map((c) => toCustomerRow(c));
  const contactRows = data.contacts.map(toContactRow);
  const prepareMs = performance.now() - prepareStart;
  const db = await openBareDb(request.dbName);
  try {
    const customerTable = db.table('customers');
    const contactTable = db.table('contacts');
    const put = async (table: Table, rows: readonly object[]) => {
      for (const chunk of inWrites(rows)) await db.transaction('rw', table, () => table.bulkPut(chunk));
    };
    const customers = await timed('customers', customerRows.length, () => put(customerTable, customerRows));
    const contacts = await timed('contacts', contactRows.length, () => put(contactTable, contactRows));
    const stored = { customers: await customerTable.count(), contacts: await contactTable.count() };
    return { generateMs, prepareMs, customers, contacts, stored };
  } finally {
    db.close();
  }
}

// Row 1 of the benchmark: the directory (50k customers, 200k contacts) written through the app's data
// layer (`bulkLoad`: validation, derived search tokens, one transaction) against a bare Dexie
// `bulkPut` of the very same prepared rows into the very same schema. The data set is generated in
// the page from the seeded generator, so nothing large crosses the wire.
import { generateDataset } from '../../shared/demo/generateDataset';
import { bulkLoad } from '../../renderer/data/bulkLoad';
import { openLocalDb } from '../../renderer/data/db';
import { metaKeys } from '../../renderer/data/meta/keys';
import { toContactRow, toCustomerRow } from '../../renderer/data/rows';
import type { DatasetRequest, LoadResult } from './benchApi';
import { openBareDb } from './bareDb';
import { timed } from './timed';

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
    const customers = await timed('customers', data.customers.length, () => bulkLoad(db, 'customers', data.customers));
    const contacts = await timed('contacts', data.contacts.length, () => bulkLoad(db, 'contacts', data.contacts));
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

/** Bare Dexie: the rows are derived up front (untimed), then one bulkPut per table in its own transaction. */
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
    const customers = await timed('customers', customerRows.length, () => db.transaction('rw', customerTable, () => customerTable.bulkPut(customerRows)));
    const contacts = await timed('contacts', contactRows.length, () => db.transaction('rw', contactTable, () => contactTable.bulkPut(contactRows)));
    const stored = { customers: await customerTable.count(), contacts: await contactTable.count() };
    return { generateMs, prepareMs, customers, contacts, stored };
  } finally {
    db.close();
  }
}

// First run without a server: fill an EMPTY local database with the demo data set through the bulk
// path, so every screen has realistic content. Demo records are not queued for sync (no outbox).
// Idempotent: does nothing once seeded, or when the database already holds customers.
import { generateDataset } from '../../shared/demo/generateDataset';
import type { DatasetSize } from '../../shared/demo/generateDataset';
import { bulkLoad } from './bulkLoad';
import type { BulkTable } from './bulkLoad';
import type { LiaisonDb } from './db';
import { metaKeys } from './meta/keys';
import { localProfile } from './meta/queries';

export interface SeedDemoOptions {
  size?: DatasetSize;
  seed?: string;
  now?: number;
}

export interface SeedDemoResult {
  seeded: boolean;
  counts: Partial<Record<BulkTable, number>>;
}

/** Load order matters for speed: customers before the log entries that touch them. */
const order: readonly BulkTable[] = ['customers', 'contacts', 'events', 'briefings', 'briefingAcks', 'logEntries'];

export async function seedDemo(db: LiaisonDb, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const [marker, anyCustomer] = await Promise.all([db.syncMeta.get(metaKeys.demoSeeded), db.customers.limit(1).primaryKeys()]);
  if (marker || anyCustomer.length > 0) return { seeded: false, counts: {} };
  const me = await localProfile(db);
  const data = generateDataset({
    now: options.now ?? Date.now(), size: options.size, seed: options.seed, regionId: me.regionId, currentUser: { id: me.id, name: me.name },
  });
  const counts: SeedDemoResult['counts'] = {};
  for (const table of order) {
    const report = await bulkLoad(db, table, data[table]);
    if (report.rejected.length > 0) throw new Error(`Demo data has invalid ${table}: ${report.rejected[0]!.issues[0]?.message}`);
    counts[table] = report.written;
  }
  await db.syncMeta.bulkPut([
    { key: metaKeys.demoSeeded, value: new Date().toISOString() },
    { key: metaKeys.activeEventId, value: data.activeEventId },
    { key: metaKeys.briefingRead(data.activeEventId), value: data.lastReadBriefingVersion },
  ]);
  return { seeded: true, counts };
}

// Rows per synced table, counted back after a load: a benchmark compares loads only when both stored
// every record, so it never reports a fast load that lost some.
import type Dexie from 'dexie';
import { entityTables } from '../../renderer/data/sync/tables';
import type { TableCounts } from './benchApi';

export async function tableCounts(db: Dexie): Promise<TableCounts> {
  return Object.fromEntries(await Promise.all(Object.values(entityTables).map(async (table) => [table, await db.table(table).count()] as const)));
}

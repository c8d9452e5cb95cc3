import Dexie from 'dexie';
import type { IndexableType, Transaction } from 'dexie';

/**
 * Copies every row of one table into another inside an upgrade transaction, a page at a time (a
 * directory of 200k contacts never sits in memory at once). `keyOf` gives a row's primary key in
 * the source table, to page on.
 */
export async function copyTable(tx: Transaction, from: string, to: string, keyOf: (row: never) => IndexableType, pageSize = 5000): Promise<void> {
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const rows = await tx.table(from).where(':id').above(after).limit(pageSize).toArray();
    if (rows.length === 0) return;
    await tx.table(to).bulkAdd(rows);
    after = keyOf(rows.at(-1) as never);
  }
}

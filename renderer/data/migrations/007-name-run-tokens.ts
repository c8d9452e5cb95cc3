// Version 7: customer and contact names gain their word runs as search tokens ("nancy flores" ->
// "nancyflores", see shared/search/tokens.ts), so the directory answers several words typed from one
// name with one selective lookup. No index changes: live rows get their derived fields again from
// `toCustomerRow` / `toContactRow` (deleted rows have no tokens and are left as they are), which
// rewrites their `*searchTokens` index entries.
import type { Transaction } from 'dexie';
import { toContactRow, toCustomerRow } from '../rows';
import type { ContactRow, CustomerRow } from '../rows';
import type { Migration } from './migration';

async function addNameRuns(tx: Transaction): Promise<void> {
  await tx.table('customers').filter((row: CustomerRow) => row.deletedAt === null).modify((row: CustomerRow, ref: { value: CustomerRow }) => {
    ref.value = toCustomerRow(row);
  });
  await tx.table('contacts').filter((row: ContactRow) => row.deletedAt === null).modify((row: ContactRow, ref: { value: ContactRow }) => {
    ref.value = toContactRow(row);
  });
}

export const nameRunTokens: Migration = {
  version: 7,
  stores: {},
  upgrade: addNameRuns,
};

// Version 7: customer and contact names gain their word runs as search tokens ("nancy flores" ->
// "nancyflores", see shared/search/tokens.ts), so the directory answers several words typed from one
// name with one selective lookup. No index changes: the live rows' `searchTokens` are recomputed
// (deleted rows keep none), which rewrites their `*searchTokens` index entries.
import type { Transaction } from 'dexie';
import { contactSearchTokens, customerSearchTokens } from '../../../shared/search/tokens';
import type { ContactRow, CustomerRow } from '../rows';
import type { Migration } from './migration';

async function addNameRuns(tx: Transaction): Promise<void> {
  await tx.table('customers').filter((row: CustomerRow) => row.deletedAt === null).modify((row: CustomerRow) => {
    row.searchTokens = customerSearchTokens(row);
  });
  await tx.table('contacts').filter((row: ContactRow) => row.deletedAt === null).modify((row: ContactRow) => {
    row.searchTokens = contactSearchTokens(row);
  });
}

export const nameRunTokens: Migration = {
  version: 7,
  stores: {},
  upgrade: addNameRuns,
};

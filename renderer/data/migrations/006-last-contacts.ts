// Version 6: "last contacted" moves out of the customer row into its own small table, and deleted
// customers leave the sort indexes. Logging a call used to rewrite the whole customer row (and its
// ~30 search-token index entries) just to move one date; now it writes one two-field row. And with
// only live customers in `nameKey` / `[tierRank+nameKey]`, the directory's unfiltered first page is a
// count plus a 100-key range read instead of reading all 50k sort keys.
import type { Transaction } from 'dexie';
import type { Migration } from './migration';

interface V5Customer {
  id: string;
  deletedAt: string | null;
  nameKey?: string;
  lastContactedAt?: string | null;
  contactedKey?: string;
}

async function moveLastContacts(tx: Transaction): Promise<void> {
  const lastContacts: { customerId: string; at: string }[] = [];
  await tx.table('customers').toCollection().modify((row: V5Customer) => {
    if (row.lastContactedAt) lastContacts.push({ customerId: row.id, at: row.lastContactedAt });
    delete row.lastContactedAt;
    delete row.contactedKey;
    if (row.deletedAt !== null) delete row.nameKey;
  });
  await tx.table('lastContacts').bulkPut(lastContacts);
}

export const lastContacts: Migration = {
  version: 6,
  stores: {
    customers: 'id, nameKey, [tierRank+nameKey], tier, facilityType, *serviceAreas, assignedLiaisonId, hasGenerator, deletedAt, *searchTokens',
    lastContacts: 'customerId, at',
  },
  upgrade: moveLastContacts,
};

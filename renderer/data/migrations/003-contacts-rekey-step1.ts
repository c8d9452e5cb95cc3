// Versions 3 and 4 key contacts by [customerId+id] instead of id, so the search index returns the
// customer of every matching contact with the keys alone (no record reads per keystroke).
// IndexedDB cannot change a primary key in place: version 3 moves contacts to a temporary table
// with the new key (the old table is dropped after the copy), version 4 moves them back.
import { copyTable } from './copyTable';
import type { Migration } from './migration';

export const contactsRekeyStep1: Migration = {
  version: 3,
  stores: { contactsRekeyed: '[customerId+id], &id, *searchTokens', contacts: null },
  upgrade: (tx) => copyTable(tx, 'contacts', 'contactsRekeyed', (row: { id: string }) => row.id),
};

// Second half of the contacts re-key (see 003): the contacts table is back under its own name,
// keyed by [customerId+id], with a unique index on id.
import { copyTable } from './copyTable';
import type { Migration } from './migration';

export const contactsRekeyStep2: Migration = {
  version: 4,
  stores: { contacts: '[customerId+id], &id, *searchTokens', contactsRekeyed: null },
  upgrade: (tx) => copyTable(tx, 'contactsRekeyed', 'contacts', (row: { customerId: string; id: string }) => [row.customerId, row.id]),
};

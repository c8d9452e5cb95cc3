// Opens a database as version 3 left it (contacts in the temporary table), then upgrades with all
// migrations: contacts are back in `contacts`, keyed by [customerId+id], and every query path works.
import { describe, expect, it } from 'vitest';
import { contactsOfCustomer, contactById } from '../contacts/queries';
import { LiaisonDb, openLocalDb } from '../db';
import { toContactRow, toCustomerRow } from '../rows';
import { searchDirectory } from '../search/searchDirectory';
import { contactRecord, customerRecord } from '../testing/builders';
import { uniqueDbName } from '../testing/testDb';

describe('migration 004: contacts re-key, step 2', () => {
  it('brings version 3 contacts back under their table name with the new key', async () => {
    const name = uniqueDbName('migration-004');
    const customer = customerRecord({ name: 'Harbor Point Dialysis' });
    const contacts = [
      toContactRow(contactRecord(customer.id, { name: 'Rosa Ivanova', escalationOrder: 2 })),
      toContactRow(contactRecord(customer.id, { name: 'Wei Chen', escalationOrder: 1 })),
    ];
    const v3 = new LiaisonDb(name, 3);
    await v3.open();
    await v3.table('customers').add({ ...toCustomerRow(customer), lastContactedAt: null, contactedKey: '' });
    await v3.table('contactsRekeyed').bulkAdd(contacts);
    v3.close();

    const db = await openLocalDb(name);
    try {
      expect(db.tables.map((t) => t.name)).not.toContain('contactsRekeyed');
      expect(await db.contacts.get([customer.id, contacts[0]!.id])).toEqual(contacts[0]);
      expect((await contactsOfCustomer(db, customer.id)).map((c) => c.name)).toEqual(['Wei Chen', 'Rosa Ivanova']);
      expect((await contactById(db, contacts[0]!.id))?.name).toBe('Rosa Ivanova');
      expect((await searchDirectory(db, 'ivan')).map((h) => h.customer.name)).toEqual(['Harbor Point Dialysis']);
    } finally {
      db.close();
      await new LiaisonDb(name).delete();
    }
  });
});

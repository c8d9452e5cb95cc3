// Opens a database as version 2 left it (contacts keyed by id), then upgrades to version 3: every
// contact moves, unchanged, to the temporary table keyed by [customerId+id].
import { describe, expect, it } from 'vitest';
import { toContactRow } from '../rows';
import { contactRecord, customerRecord } from '../testing/builders';
import { uniqueDbName } from '../testing/testDb';
import { LiaisonDb } from '../db';

describe('migration 003: contacts re-key, step 1', () => {
  it('moves version 2 contacts to a table keyed by customer', async () => {
    const name = uniqueDbName('migration-003');
    const customer = customerRecord();
    const contacts = Array.from({ length: 12 }, (_, i) => toContactRow(contactRecord(customer.id, { name: `Person ${i}`, escalationOrder: i + 1 })));
    const v2 = new LiaisonDb(name, 2);
    await v2.open();
    await v2.table('contacts').bulkAdd(contacts);
    expect(await v2.table('contacts').get(contacts[0]!.id)).toBeDefined();
    v2.close();

    const v3 = new LiaisonDb(name, 3);
    await v3.open();
    try {
      expect(v3.tables.map((t) => t.name)).not.toContain('contacts');
      const moved = v3.table('contactsRekeyed');
      expect(await moved.count()).toBe(12);
      expect(await moved.get([customer.id, contacts[5]!.id])).toEqual(contacts[5]);
      expect(await moved.where('id').equals(contacts[7]!.id).count()).toBe(1);
      expect(await moved.where('searchTokens').equals('person').count()).toBe(12);
    } finally {
      v3.close();
      await v3.delete();
    }
  });
});

// Opens a database as version 5 left it (last contact on the customer row, deleted customers in the
// sort indexes), then upgrades it: last contacts move to their own table, the customer rows lose the
// old fields, deleted customers leave the sort indexes, and lists and filters read the new shape.
import { describe, expect, it } from 'vitest';
import { customersPage } from '../customers/queries';
import { LiaisonDb, openLocalDb } from '../db';
import { toCustomerRow } from '../rows';
import { customerRecord } from '../testing/builders';
import { uniqueDbName } from '../testing/testDb';
import { latestVersion } from './index';

const DAY = 86_400_000;

describe('migration 006: last contacts', () => {
  it('upgrades a version 5 database and moves last contacts out of the customer rows', async () => {
    const name = uniqueDbName('migration-006');
    const now = Date.now();
    const contacted = customerRecord({ name: 'Contacted Clinic' });
    const never = customerRecord({ name: 'Never Called Water' });
    const gone = customerRecord({ name: 'Gone Mill', deletedAt: new Date(now - DAY).toISOString() });
    const lastWeek = new Date(now - 8 * DAY).toISOString();
    const v5 = new LiaisonDb(name, 5);
    await v5.open();
    await v5.table('customers').bulkAdd([
      { ...toCustomerRow(contacted), lastContactedAt: lastWeek, contactedKey: lastWeek },
      { ...toCustomerRow(never), lastContactedAt: null, contactedKey: '' },
      { ...toCustomerRow(gone), nameKey: 'gone mill', lastContactedAt: lastWeek, contactedKey: lastWeek },
    ]);
    v5.close();

    const db = await openLocalDb(name);
    try {
      expect(db.verno).toBe(latestVersion);
      expect(await db.lastContacts.orderBy('customerId').toArray()).toEqual(
        [{ customerId: contacted.id, at: lastWeek }, { customerId: gone.id, at: lastWeek }].sort((a, b) => a.customerId.localeCompare(b.customerId)),
      );
      const row = await db.customers.get(contacted.id);
      expect(row).not.toHaveProperty('lastContactedAt');
      expect(row).not.toHaveProperty('contactedKey');
      expect(row).toMatchObject({ name: 'Contacted Clinic', nameKey: 'contacted clinic' });
      expect(await db.customers.get(gone.id)).not.toHaveProperty('nameKey');
      expect(await db.customers.orderBy('nameKey').count()).toBe(2);
      const page = await customersPage(db, { sort: 'lastContacted', now });
      expect(page.rows.map((r) => [r.name, r.lastContactedAt])).toEqual([['Never Called Water', null], ['Contacted Clinic', lastWeek]]);
      expect((await customersPage(db, { filters: { notContactedInDays: 7 }, now })).total).toBe(2);
    } finally {
      db.close();
      await new LiaisonDb(name).delete();
    }
  });
});

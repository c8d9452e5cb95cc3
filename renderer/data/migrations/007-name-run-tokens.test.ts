// Opens a database as version 6 left it (search tokens without name runs), then upgrades it: live
// customers and contacts gain their name runs, deleted ones stay out of the index, and a search for
// words run together from one name finds them.
import { describe, expect, it } from 'vitest';
import { contactSearchTokens, customerSearchTokens, nameRuns, wordTokens } from '../../../shared/search/tokens';
import { LiaisonDb, openLocalDb } from '../db';
import { toContactRow, toCustomerRow } from '../rows';
import { searchDirectory } from '../search/searchDirectory';
import { contactRecord, customerRecord } from '../testing/builders';
import { uniqueDbName } from '../testing/testDb';
import { latestVersion } from './index';

/** A row as version 6 wrote it: words, digits and emails, no runs. */
const withoutRuns = <T extends { searchTokens: string[] }>(row: T, name: string): T => {
  const runs = new Set(nameRuns(wordTokens(name)));
  return { ...row, searchTokens: row.searchTokens.filter((t) => !runs.has(t)) };
};

describe('migration 007: name run tokens', () => {
  it('upgrades a version 6 database and indexes the word runs of live names', async () => {
    const name = uniqueDbName('migration-007');
    const hospital = customerRecord({ name: 'Mercy Regional Hospital' });
    const closed = customerRecord({ name: 'Mercy Regional Annex', deletedAt: new Date().toISOString() });
    const nancy = contactRecord(hospital.id, { name: 'Nancy Flores' });
    const v6 = new LiaisonDb(name, 6);
    await v6.open();
    await v6.table('customers').bulkAdd([withoutRuns(toCustomerRow(hospital), hospital.name), toCustomerRow(closed)]);
    await v6.table('contacts').bulkAdd([withoutRuns(toContactRow(nancy), nancy.name)]);
    expect(await v6.table('contacts').where('searchTokens').startsWith('nancyflo').count()).toBe(0);
    v6.close();

    const db = await openLocalDb(name);
    try {
      expect(db.verno).toBe(latestVersion);
      expect((await db.customers.get(hospital.id))!.searchTokens).toEqual(customerSearchTokens(hospital));
      expect((await db.customers.get(hospital.id))!.searchTokens).toContain('mercyregionalhospital');
      expect((await db.customers.get(closed.id))!.searchTokens).toEqual([]);
      expect((await db.contacts.get([hospital.id, nancy.id]))!.searchTokens).toEqual(contactSearchTokens(nancy));
      expect(await db.contacts.where('searchTokens').startsWith('nancyflo').primaryKeys()).toEqual([[hospital.id, nancy.id]]);
      const hits = await searchDirectory(db, 'nancy flo');
      expect(hits.map((h) => h.customer.name)).toEqual(['Mercy Regional Hospital']);
    } finally {
      db.close();
      await new LiaisonDb(name).delete();
    }
  });
});

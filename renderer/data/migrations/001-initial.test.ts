// Migration 1 creates the schema from an empty database: open it with all migrations, write a
// representative record of every table through the normal paths, and read it back through the indexes.
import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../bulkLoad';
import { LiaisonDb, openLocalDb } from '../db';
import { generateDataset } from '../../../shared/demo/generateDataset';
import { uniqueDbName } from '../testing/testDb';
import { latestVersion } from './index';

describe('migration 001: initial schema', () => {
  it('creates every table and index on an empty database', async () => {
    const name = uniqueDbName('migration-001');
    const db = await openLocalDb(name);
    try {
      expect(db.verno).toBe(latestVersion);
      expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['briefingAcks', 'briefings', 'contacts', 'customers', 'events', 'logEntries', 'outbox', 'syncMeta']));
      const data = generateDataset({ now: Date.parse('2025-01-15T12:00:00Z') });
      for (const table of ['customers', 'contacts', 'events', 'briefings', 'briefingAcks', 'logEntries'] as const) {
        expect((await bulkLoad(db, table, data[table].slice(0, 20))).rejected).toEqual([]);
      }
      db.close();
      const reopened = new LiaisonDb(name);
      await reopened.open();
      const customer = data.customers[0]!;
      expect(await reopened.customers.where('searchTokens').startsWith(customer.name.slice(0, 3).toLowerCase()).primaryKeys()).toContain(customer.id);
      expect(await reopened.contacts.where('customerId').equals(customer.id).count()).toBeGreaterThan(0);
      expect(await reopened.briefings.where('[eventId+version]').equals([data.activeEventId, 1]).count()).toBe(1);
      expect(await reopened.syncMeta.get('clientId')).toBeDefined();
      reopened.close();
    } finally {
      db.close();
      await new LiaisonDb(name).delete();
    }
  });
});

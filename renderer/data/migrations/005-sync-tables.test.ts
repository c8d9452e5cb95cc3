// Opens a database as version 4 left it, with records and outbox rows, then upgrades it: the data
// survives and the sync tables (conflicts, server copies) exist and work through their indexes.
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/commands';
import { LiaisonDb, openLocalDb } from '../db';
import { conflictsTable, serverCopiesTable } from '../sync/tables';
import { customerInput } from '../testing/builders';
import { expectOk, uniqueDbName } from '../testing/testDb';
import { latestVersion } from './index';

describe('migration 005: sync tables', () => {
  it('upgrades a version 4 database and adds the conflicts and server copies', async () => {
    const name = uniqueDbName('migration-005');
    const v4 = new LiaisonDb(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(v4.tables.map((t) => t.name)).not.toContain('conflicts');
    const customer = expectOk(await createCustomer(v4, customerInput()));
    v4.close();
    const db = await openLocalDb(name);
    try {
      expect(db.verno).toBe(latestVersion);
      expect(await db.customers.get(customer.id)).toMatchObject({ name: customer.name });
      await serverCopiesTable(db).put({ id: customer.id, entity: 'customer', record: { id: customer.id } });
      await conflictsTable(db).put({
        seq: 7, id: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', entity: 'customer', recordId: customer.id, scopeId: 'region-local', field: 'notes', kind: 'field',
        winningValue: 'a', losingValue: 'b', winner: { userId: 'u1', userName: 'U One', hlc: 'h', at: '2025-01-15T12:00:00.000Z' },
        loser: { userId: 'u2', userName: 'U Two', hlc: 'h', at: '2025-01-15T12:00:00.000Z' }, status: 'open', createdAt: '2025-01-15T12:00:00.000Z', resolvedAt: null, resolvedBy: null,
      });
      expect(await conflictsTable(db).where('recordId').equals(customer.id).count()).toBe(1);
      expect(await conflictsTable(db).where('status').equals('open').count()).toBe(1);
      expect(await db.outbox.count()).toBe(1);
    } finally {
      db.close();
      await new LiaisonDb(name).delete();
    }
  });
});

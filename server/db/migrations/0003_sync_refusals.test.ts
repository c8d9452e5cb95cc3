// 0003 on a database that 0002 created and used: push cursors stay, and refusals are kept per
// (client, seq) for as long as the client's sequence exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrationDb } from '../../../test/support/migrationDb';
import type { MigrationDb } from '../../../test/support/migrationDb';

let m: MigrationDb;
beforeAll(async () => {
  m = await openMigrationDb();
});
afterAll(() => m.dispose());

describe('migration 0003_sync_refusals', () => {
  it('upgrades a 0002 database in place', async () => {
    const { db, migrator } = m;
    expect((await migrator.migrateTo('0002_accounts_sync')).error).toBeUndefined();
    await db.insertInto('users').values({ id: 'u1', email: 'u1@test.liaisondesk.test', name: 'U1', role: 'liaison', password_hash: 'x', disabled_at: null }).execute();
    await db.insertInto('sync_clients').values({ client_id: 'c1', user_id: 'u1', last_seq: 7 }).execute();

    const upgrade = await migrator.migrateTo('0003_sync_refusals');
    expect(upgrade.error).toBeUndefined();
    expect(upgrade.results?.map((r) => r.migrationName)).toEqual(['0003_sync_refusals']);
    expect(await db.selectFrom('sync_clients').select(['client_id', 'last_seq']).execute()).toEqual([{ client_id: 'c1', last_seq: 7 }]);

    const refusal = { client_id: 'c1', seq: 7, mutation_id: 'm7', code: 'validation', reason: 'Customer name is required' };
    await db.insertInto('sync_refusals').values(refusal).execute();
    await expect(db.insertInto('sync_refusals').values(refusal).execute()).rejects.toThrow(/duplicate key/);
    await expect(db.insertInto('sync_refusals').values({ ...refusal, client_id: 'unknown' }).execute()).rejects.toThrow(/foreign key/);
    expect(await db.selectFrom('sync_refusals').select(['seq', 'code']).execute()).toEqual([{ seq: 7, code: 'validation' }]);
    // A forgotten sequence (e.g. a client whose cursor was deleted) takes its refusals with it.
    await db.deleteFrom('sync_clients').where('client_id', '=', 'c1').execute();
    expect(await db.selectFrom('sync_refusals').selectAll().execute()).toEqual([]);
  });
});

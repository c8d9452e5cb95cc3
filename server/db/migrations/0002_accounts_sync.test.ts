// 0002 on a database that 0001 created and used: it keeps the old data and adds the accounts and sync
// tables the server relies on.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrationDb } from '../../../test/support/migrationDb';
import type { MigrationDb } from '../../../test/support/migrationDb';

let m: MigrationDb;
beforeAll(async () => {
  m = await openMigrationDb();
});
afterAll(() => m.dispose());

describe('migration 0002_accounts_sync', () => {
  it('upgrades a 0001 database in place', async () => {
    const { db, migrator } = m;
    const first = await migrator.migrateTo('0001_init');
    expect(first.error).toBeUndefined();
    await db.insertInto('audit_log').values({ action: 'before.upgrade', details: JSON.stringify({ kept: true }) }).execute();
    const epoch = (await db.selectFrom('server_meta').select('value').where('key', '=', 'epoch').executeTakeFirstOrThrow()).value;

    const upgrade = await migrator.migrateTo('0002_accounts_sync');
    expect(upgrade.error).toBeUndefined();
    expect(upgrade.results?.map((r) => r.migrationName)).toEqual(['0002_accounts_sync']);
    expect((await db.selectFrom('audit_log').select('details').where('action', '=', 'before.upgrade').executeTakeFirstOrThrow()).details).toEqual({ kept: true });
    const meta = await db.selectFrom('server_meta').select(['key', 'value']).orderBy('key').execute();
    expect(meta).toEqual([{ key: 'epoch', value: epoch }, { key: 'purge_horizon_seq', value: '0' }]);
    const tables = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public' order by tablename`.execute(db);
    expect(tables.rows.map((t) => t.tablename)).toEqual(expect.arrayContaining(['users', 'scopes', 'sessions', 'records', 'sync_clients', 'conflicts']));
    const seq = await sql<{ seq: number }>`select nextval('change_seq')::int8 as seq`.execute(db);
    expect(seq.rows[0]!.seq).toBe(1);
  });
});

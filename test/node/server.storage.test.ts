// The same storage suite against embedded PGlite and a real PostgreSQL: both must migrate, keep their
// epoch, return the same JS types and isolate transactions, so code above Storage never cares which it has.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../../shared/api/health';
import { startServer } from '../../server/app';
import type { ServerConfig } from '../../server/config';
import { migrateToLatest } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations/index';
import { readServerEpoch } from '../../server/db/serverMeta';
import { openStorage } from '../../server/db/storage';
import type { StorageOptions } from '../../server/db/storage';
import { startTestPostgres } from '../support/postgres';
import type { TestPostgres } from '../support/postgres';

type Backend = { kind: 'pglite' | 'postgres'; setUp(dir: string): Promise<StorageOptions>; tearDown(): Promise<void> };

let cluster: TestPostgres | undefined;
const backends: Backend[] = [
  { kind: 'pglite', setUp: async (dir) => ({ dataDir: dir, databaseUrl: undefined }), tearDown: async () => {} },
  {
    kind: 'postgres',
    setUp: async (dir) => {
      cluster = await startTestPostgres();
      return { dataDir: dir, databaseUrl: await cluster.createDatabase('storage_suite') };
    },
    tearDown: async () => cluster?.stop(),
  },
];

describe.each(backends)('storage on $kind', (backend) => {
  let dir: string;
  let options: StorageOptions;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `liaison-storage-${backend.kind}-`));
    options = await backend.setUp(dir);
  });

  afterAll(async () => {
    await backend.tearDown();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies the migrations on open, and applying them again does nothing', async () => {
    const storage = await openStorage(options);
    try {
      expect(storage.kind).toBe(backend.kind);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(storage.db);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(storage.db)).toEqual([]);
      const metaRows = await storage.db.selectFrom('server_meta').selectAll().execute();
      expect(metaRows.map((row) => row.key).sort()).toEqual(['epoch', 'purge_horizon_seq']);
    } finally {
      await storage.close();
    }
  });

  it('keeps the same epoch when the database is reopened', async () => {
    const first = await openStorage(options);
    const epoch = await readServerEpoch(first.db);
    await first.close();
    const second = await openStorage(options);
    try {
      expect(epoch).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await readServerEpoch(second.db)).toBe(epoch);
    } finally {
      await second.close();
    }
  });

  it('returns identity ids as numbers, timestamps as Dates and jsonb as objects', async () => {
    const storage = await openStorage(options);
    try {
      const details = { fields: ['name', 'phones'], count: 2, nested: { ok: true } };
      const row = await storage.db
        .insertInto('audit_log')
        .values({ actor_id: 'u1', action: 'customer.update', entity: 'customer', entity_id: 'c1', details: JSON.stringify(details) })
        .returningAll()
        .executeTakeFirstOrThrow();
      expect(typeof row.id).toBe('number');
      expect(row.at).toBeInstanceOf(Date);
      expect(row.details).toEqual(details);
      const result = await storage.db.deleteFrom('audit_log').where('id', '=', row.id).executeTakeFirstOrThrow();
      expect(result.numDeletedRows).toBe(1n);
      await expect(sql`select 9007199254740993::int8 as too_big`.execute(storage.db)).rejects.toThrow(/safe integer/);
    } finally {
      await storage.close();
    }
  });

  it('keeps statements outside a transaction from running inside it', async () => {
    const storage = await openStorage(options);
    try {
      let inserted!: () => void;
      const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
      const rolledBack = storage.db.transaction().execute(async (trx) => {
        await trx.insertInto('audit_log').values({ action: 'uncommitted' }).execute();
        inserted();
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error('roll back');
      });
      await insertedOnce;
      const outside = storage.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'uncommitted').executeTakeFirstOrThrow();
      await expect(rolledBack).rejects.toThrow('roll back');
      expect(Number((await outside).n)).toBe(0);
    } finally {
      await storage.close();
    }
  });

  it('reports its storage kind and epoch from /api/health over HTTP', async () => {
    const config: ServerConfig = {
      port: 0,
      host: '127.0.0.1',
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
      staticDir: join(dir, 'no-ui'),
      demoData: false,
      demoSize: 'demo',
      logLevel: 'silent',
      bodyLimit: 1024 * 1024,
    };
    const server = await startServer(config);
    let epoch: string;
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.storage).toBe(backend.kind);
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      const health = healthResponseSchema.parse(await response.json());
      expect(health.storage).toBe(backend.kind);
      expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
      epoch = health.epoch;
    } finally {
      await server.close();
    }
    const storage = await openStorage(options);
    try {
      expect(await readServerEpoch(storage.db)).toBe(epoch);
    } finally {
      await storage.close();
    }
  });

  if (backend.kind === 'pglite') {
    it('refuses to open a data directory another server holds', async () => {
      const holder = await openStorage(options);
      try {
        await expect(openStorage(options)).rejects.toThrow(/already in use by another Liaison Desk server/);
      } finally {
        await holder.close();
      }
    });
  }
});

// A fresh, empty embedded database (copied from the PGlite template) for server migration tests, with
// a Migrator over the app's migrations so a test can step to any version and upgrade from there.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from '../../server/db/migrations/index';
import { PgliteDialect } from '../../server/db/pgliteDialect';
import type { Database } from '../../server/db/schema';
import { pgliteTemplate } from './serverProcess';

export type MigrationDb = { db: Kysely<Database>; migrator: Migrator; dispose(): Promise<void> };

export async function openMigrationDb(): Promise<MigrationDb> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-migration-'));
  await cp(await pgliteTemplate(), dir, { recursive: true });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(await PGlite.create({ dataDir: dir })) });
  return {
    db,
    migrator: new Migrator({ db, provider: { getMigrations: async () => migrations } }),
    async dispose() {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

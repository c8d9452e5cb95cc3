// The server's database: embedded PGlite in DATA_DIR/pg by default, PostgreSQL when DATABASE_URL is set.
// Both run the same Kysely queries and the same migrations, and both return the same JS types
// (int8 as a safe number), so code above this module never asks which one it has.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool, TypeOverrides } from 'pg';
import { lockDataDir } from './dataDirLock';
import { migrateToLatest } from './migrate';
import { PgliteDialect } from './pgliteDialect';
import type { Database } from './schema';

export type Storage = {
  kind: 'pglite' | 'postgres';
  db: Kysely<Database>;
  close(): Promise<void>;
};

export type StorageOptions = {
  dataDir: string;
  databaseUrl: string | undefined;
  /** Told when an idle PostgreSQL connection drops (e.g. the database restarted); the pool replaces it. */
  onConnectionError?: (error: Error) => void;
};

const INT8_OID = 20;

/** int8 (bigint, identity and sequence values) as a number; refuses values a number cannot hold exactly. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} is outside the safe integer range`);
  return value;
}

async function openPglite(dataDir: string): Promise<Storage> {
  const pgDir = join(dataDir, 'pg');
  await mkdir(pgDir, { recursive: true });
  const unlock = await lockDataDir(join(dataDir, 'pg.lock'), pgDir);
  try {
    const client = await PGlite.create({ dataDir: pgDir, parsers: { [INT8_OID]: parseInt8 } });
    const db = new Kysely<Database>({ dialect: new PgliteDialect(client) });
    return {
      kind: 'pglite',
      db,
      close: async () => {
        await db.destroy();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

function openPostgres(databaseUrl: string, onConnectionError: (error: Error) => void): Storage {
  const types = new TypeOverrides();
  types.setTypeParser(INT8_OID, 'text', parseInt8);
  const pool = new Pool({ connectionString: databaseUrl, types, max: 10 });
  // Without a listener, an idle client losing its connection would crash the process.
  pool.on('error', onConnectionError);
  // Likewise a checked-out client (the pool listens only while it is idle): its query still fails and the
  // pool drops it on release, but the 'error' event must not go unheard.
  pool.on('connect', (client) => client.on('error', onConnectionError));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, close: () => db.destroy() };
}

/** Opens the configured database and brings its schema up to date. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const storage =
    options.databaseUrl === undefined
      ? await openPglite(options.dataDir)
      : openPostgres(options.databaseUrl, options.onConnectionError ?? (() => {}));
  try {
    await migrateToLatest(storage.db);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

// A real server for sync and auth tests: storage on embedded PGlite (copied from a template) or on a
// database of a throwaway PostgreSQL cluster, the full app from buildApp, a movable clock, and helpers
// to make users and sign in. Requests go through `inject` (or a real port for streaming tests).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/app';
import { hashPassword } from '../../server/auth/password';
import type { Database } from '../../server/db/schema';
import { openStorage } from '../../server/db/storage';
import type { Storage, StorageOptions } from '../../server/db/storage';
import { createLogger } from '../../server/logger';
import type { ApiOptions } from '../../server/routes/api';
import type { UserRole } from '../../shared/domain/localProfile';
import { startTestPostgres } from './postgres';
import type { TestPostgres } from './postgres';
import { pgliteTemplate } from './serverProcess';

export type BackendKind = 'pglite' | 'postgres';
export const BACKENDS: BackendKind[] = ['pglite', 'postgres'];

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
/**
 * One scrypt hash of TEST_PASSWORD shared by fixture users, at a low cost: the hash carries its cost, so
 * signing them in stays fast while accounts made through the API get the production cost.
 */
export const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD, { log2N: 12, r: 8, p: 1 }));

/** Lazily started PostgreSQL cluster shared by a test file; `stop` in afterAll. */
export function lazyCluster(): { get(): Promise<TestPostgres>; stop(): Promise<void> } {
  let cluster: Promise<TestPostgres> | undefined;
  return {
    get: () => (cluster ??= startTestPostgres()),
    stop: async () => {
      if (cluster) await (await cluster).stop();
    },
  };
}

let databases = 0;

/** Storage options for a fresh, empty database of the given kind, and a function deleting its files. */
export async function freshStorageOptions(kind: BackendKind, cluster: () => Promise<TestPostgres>): Promise<{ options: StorageOptions; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `liaison-sync-${kind}-`));
  const dispose = () => rm(dir, { recursive: true, force: true });
  if (kind === 'pglite') {
    await cp(await pgliteTemplate(), join(dir, 'pg'), { recursive: true });
    return { options: { dataDir: dir, databaseUrl: undefined }, dispose };
  }
  databases += 1;
  const url = await (await cluster()).createDatabase(`sync_${process.pid}_${databases}`);
  return { options: { dataDir: dir, databaseUrl: url }, dispose };
}

export type Reply = { status: number; body: unknown; headers: Record<string, string | string[] | number | undefined> };

export type TestServer = {
  app: FastifyInstance;
  storage: Storage;
  db: Kysely<Database>;
  /** Moves the server's clock (milliseconds added to the real clock). */
  clock: { offsetMs: number; now(): number };
  call(method: 'GET' | 'POST' | 'PATCH' | 'OPTIONS', url: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Reply>;
  close(): Promise<void>;
};

export async function startTestServer(options: StorageOptions, api: ApiOptions = {}): Promise<TestServer> {
  const storage = await openStorage(options);
  const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };
  const app = await buildApp({
    config: { staticDir: join(tmpdir(), 'liaison-no-ui'), bodyLimit: 4 * 1024 * 1024, demoData: false },
    storage,
    logger: createLogger('silent'),
    api: { now: () => clock.now(), ...api },
  });
  return {
    app,
    storage,
    db: storage.db,
    clock,
    call: async (method, url, { token, body, headers = {} } = {}) => {
      const response = await app.inject({
        method,
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const text = response.body;
      return { status: response.statusCode, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
    },
    close: async () => {
      await app.close();
      await storage.close();
    },
  };
}

export async function addRegion(db: Kysely<Database>, id: string, name = id): Promise<void> {
  await db.insertInto('scopes').values({ id, kind: 'region', name, parent_id: null }).execute();
}

export type TestUser = { id: string; email: string; name: string; role: UserRole };

export async function addUser(db: Kysely<Database>, user: { id: string; role: UserRole; scopeIds: string[]; name?: string }): Promise<TestUser> {
  const email = `${user.id}@test.liaisondesk.test`;
  const name = user.name ?? `User ${user.id}`;
  await db
    .insertInto('users')
    .values({ id: user.id, email, name, role: user.role, password_hash: await testPasswordHash(), scope_ids: user.scopeIds, disabled_at: null })
    .execute();
  return { id: user.id, email, name, role: user.role };
}

/** Signs in and returns the session token. */
export async function signIn(server: TestServer, email: string, deviceName = 'test device'): Promise<string> {
  const reply = await server.call('POST', '/api/auth/sign-in', { body: { email, password: TEST_PASSWORD, deviceName } });
  if (reply.status !== 200) throw new Error(`sign-in failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return (reply.body as { token: string }).token;
}

// Multi-client sync tests: a real server started in-process with `startServer` (PGlite or PostgreSQL)
// on a random port, restartable on the same data, and clients that are each a separate local database
// (fake-indexeddb; the test file imports 'fake-indexeddb/auto') with the real sync engine talking HTTP
// through a network the test controls (cut it, lose answers, duplicate or delay requests).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { startServer } from '../../server/app';
import type { RunningServer } from '../../server/app';
import type { ServerConfig } from '../../server/config';
import { openStorage } from '../../server/db/storage';
import type { Storage } from '../../server/db/storage';
import { createLogger } from '../../server/logger';
import { signInResponseSchema } from '../../shared/api/auth';
import { pullResponseSchema } from '../../shared/api/sync';
import { entityNames, entitySchemas } from '../../shared/domain/entities';
import type { UserRole } from '../../shared/domain/localProfile';
import { openLocalDb } from '../../renderer/data/db';
import type { LiaisonDb } from '../../renderer/data/db';
import { setDeviceClock } from '../../renderer/data/deviceClock';
import { applyAccountProfile } from '../../renderer/data/sync/accountProfile';
import { conflictsTable, tableOf } from '../../renderer/data/sync/tables';
import { manualConnectivity } from '../../renderer/sync/connectivity';
import { createSyncEngine } from '../../renderer/sync/syncEngine';
import type { SyncEngine, SyncEngineOptions } from '../../renderer/sync/syncEngine';
import { createMemoryLock } from '../../renderer/sync/syncLock';
import type { SyncLock } from '../../renderer/sync/syncLock';
import { addRegion, addUser, freshStorageOptions, TEST_PASSWORD } from './syncServer';
import type { BackendKind, TestUser } from './syncServer';
import type { TestPostgres } from './postgres';

export const REGION = 'region-a';

export type UserSpec = { id: string; role: UserRole; name: string };

/** A server on real HTTP that can be stopped and started again on the same database. */
export class SyncServer {
  private running: RunningServer | null = null;
  private constructor(
    readonly kind: BackendKind,
    private readonly config: ServerConfig,
    readonly users: Record<string, TestUser>,
    readonly dispose: () => Promise<void>,
  ) {}

  static async create(kind: BackendKind, cluster: () => Promise<TestPostgres>, specs: readonly UserSpec[]): Promise<SyncServer> {
    const fresh = await freshStorageOptions(kind, cluster);
    const storage = await openStorage(fresh.options);
    const users: Record<string, TestUser> = {};
    try {
      await addRegion(storage.db, REGION);
      for (const spec of specs) users[spec.id] = await addUser(storage.db, { ...spec, scopeIds: [REGION] });
    } finally {
      await storage.close();
    }
    const config: ServerConfig = {
      port: 0, host: '127.0.0.1', dataDir: fresh.options.dataDir, databaseUrl: fresh.options.databaseUrl,
      staticDir: await mkdtemp(join(tmpdir(), 'liaison-no-ui-')), demoData: false, demoSize: 'demo', logLevel: 'silent', bodyLimit: 4 * 1024 * 1024,
    };
    const server = new SyncServer(kind, config, users, fresh.dispose);
    await server.start();
    return server;
  }

  get url(): string {
    if (!this.running) throw new Error('The server is stopped');
    return this.running.url;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  async start(): Promise<void> {
    if (!this.running) this.running = await startServer(this.config, createLogger('silent'));
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    await running?.close();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Opens the database directly (the server must be stopped when it is PGlite). */
  async inspect<T>(read: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = await openStorage({ dataDir: this.config.dataDir, databaseUrl: this.config.databaseUrl });
    try {
      return await read(storage);
    } finally {
      await storage.close();
    }
  }

  async close(): Promise<void> {
    await this.stop();
    await this.dispose();
  }
}

/** What the test network does to one request; `deliver` sends it to the server and returns the answer. */
export type NetworkHook = (request: { url: string; init: RequestInit; body: string | null }, deliver: () => Promise<Response>) => Promise<Response>;

/** The client's network: down, up, or up through a hook that can drop, delay, duplicate or lose answers. */
export class TestNetwork {
  readonly connectivity = manualConnectivity(true);
  hook: NetworkHook | null = null;
  /** Every push answer the client received, with the mutations it carried (for exactly-once checks). */
  readonly pushes: { sent: Record<string, unknown>[]; results: { seq: number; status: string }[] }[] = [];

  fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    if (!this.connectivity.isOnline()) throw new TypeError('fetch failed: the network is down');
    const body = typeof init.body === 'string' ? init.body : null;
    const deliver = () => fetch(url, init);
    const response = this.hook ? await this.hook({ url, init, body }, deliver) : await deliver();
    if (url.includes('/api/sync/push') && response.ok && body !== null) {
      const copy = (await response.clone().json()) as { results: { seq: number; status: string }[] };
      this.pushes.push({ sent: (JSON.parse(body) as { mutations: Record<string, unknown>[] }).mutations, results: copy.results });
    }
    return response;
  };
}

export interface ClientOptions {
  /** This device's clock runs this far ahead of real time (negative: behind). */
  skewMs?: number;
  live?: boolean;
  watchOutbox?: boolean;
  lock?: SyncLock;
  engine?: Partial<SyncEngineOptions>;
}

const sharedLock = createMemoryLock();

/** One device: its own local database, signed in as a user, with a sync engine. */
export class SyncTestClient {
  private constructor(
    readonly name: string,
    readonly db: LiaisonDb,
    readonly network: TestNetwork,
    readonly engine: SyncEngine,
    readonly user: TestUser,
    readonly token: string,
    private readonly clock: { skewMs: number },
  ) {}

  /** How far this device's clock runs ahead of real time (negative: behind); change it at any time. */
  get skewMs(): number {
    return this.clock.skewMs;
  }

  set skewMs(value: number) {
    this.clock.skewMs = value;
  }

  static async create(server: SyncServer, userId: string, name: string, options: ClientOptions = {}): Promise<SyncTestClient> {
    const user = server.users[userId];
    if (!user) throw new Error(`No test user ${userId}`);
    const db = await openLocalDb(`sync-client-${name}-${uuidv7()}`);
    const network = new TestNetwork();
    const response = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD, deviceName: `test ${name}` }),
    });
    const session = signInResponseSchema.parse(await response.json());
    await applyAccountProfile(db, { id: user.id, name: user.name, role: user.role, regionId: REGION });
    const clock = { skewMs: options.skewMs ?? 0 };
    const engine = createSyncEngine({
      db,
      baseUrl: () => server.url,
      token: () => session.token,
      fetch: network.fetch,
      now: () => Date.now() + clock.skewMs,
      lock: options.lock ?? sharedLock,
      connectivity: network.connectivity,
      live: options.live ?? false,
      watchOutbox: options.watchOutbox ?? false,
      retry: { baseMs: 50, maxMs: 1000 },
      ...options.engine,
    });
    const client = new SyncTestClient(name, db, network, engine, user, session.token, clock);
    setDeviceClock(db, () => Date.now() + clock.skewMs);
    engine.start();
    await waitFor(() => engine.getStatus().state !== 'standby' && engine.getStatus().state !== 'stopped', `${name} to start syncing`);
    return client;
  }

  /** A complete sync; fails the test if it does not succeed. */
  async sync(): Promise<void> {
    const result = await this.engine.syncNow();
    if (!result.ok) throw new Error(`${this.name} could not sync: ${result.error}`);
  }

  async close(): Promise<void> {
    await this.engine.stop();
    this.db.close();
    await this.db.delete();
  }
}

/** Every record and conflict in a local database, records as the domain schemas read them (no local fields). */
export async function localState(db: LiaisonDb): Promise<{ records: Map<string, unknown>; conflicts: Map<string, unknown> }> {
  const records = new Map<string, unknown>();
  for (const entity of entityNames) {
    for (const row of await tableOf(db, entity).toArray()) records.set(String(row.id), { entity, record: entitySchemas[entity].parse(row) });
  }
  const conflicts = new Map((await conflictsTable(db).toArray()).map((c) => [c.id, c] as const));
  return { records, conflicts };
}

/** Everything the server lets this token see, from the empty cursor, in the same shape. */
export async function serverState(baseUrl: string, token: string): Promise<{ records: Map<string, unknown>; conflicts: Map<string, unknown> }> {
  const records = new Map<string, unknown>();
  const conflicts = new Map<string, unknown>();
  let cursor = '';
  for (;;) {
    const response = await fetch(`${baseUrl}/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=5000`, { headers: { authorization: `Bearer ${token}` } });
    const page = pullResponseSchema.parse(await response.json());
    for (const change of page.changes) {
      if ('record' in change) records.set(String(change.record.id), { entity: change.entity, record: entitySchemas[change.entity].parse(change.record) });
      else records.delete(change.id);
    }
    for (const conflict of page.conflicts) conflicts.set(conflict.id, conflict);
    cursor = page.cursor;
    if (!page.hasMore) return { records, conflicts };
  }
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Nothing acknowledged is lost: the built server is killed (SIGKILL) while pushes are in flight, then
// restarted on the same storage; the client re-sends everything not acknowledged, and every mutation ends
// up applied exactly once. Also: a push whose transaction is aborted is not acknowledged and applies
// cleanly when retried. On embedded PGlite and on PostgreSQL. Uses the admin CLI bundle to make the user.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema } from '../../shared/api/sync';
import type { PushResponse } from '../../shared/api/sync';
import { signInResponseSchema } from '../../shared/api/auth';
import { TestClient, customerRecord, logEntryRecord, push } from '../support/syncBuilders';
import type { WireMutation } from '../support/syncBuilders';
import { pgliteTemplate, SERVER_BUNDLE } from '../support/serverProcess';
import { BACKENDS, addRegion, addUser, freshStorageOptions, lazyCluster, signIn, startTestServer } from '../support/syncServer';
import type { BackendKind } from '../support/syncServer';

const ADMIN_BUNDLE = fileURLToPath(new URL('../../dist-electron/server/admin.js', import.meta.url));
const PASSWORD = 'crash-test-password';
const cluster = lazyCluster();
afterAll(() => cluster.stop());

type Env = Record<string, string>;

const baseEnv = (env: Env) => {
  const clean: Record<string, string | undefined> = { ...process.env };
  for (const name of ['PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'STATIC_DIR', 'DEMO_DATA', 'DEMO_SIZE', 'LOG_LEVEL']) delete clean[name];
  return { ...clean, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'off', LOG_LEVEL: 'warn', ...env };
};

function runAdmin(args: string[], env: Env, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ADMIN_BUNDLE, ...args], { env: baseEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(stdin);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function startServerProcess(env: Env): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SERVER_BUNDLE], { env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /running at (\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
  return { url, child };
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

async function storageEnv(kind: BackendKind): Promise<{ env: Env; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `liaison-crash-${kind}-`));
  const dispose = () => rm(dir, { recursive: true, force: true });
  if (kind === 'pglite') {
    await cp(await pgliteTemplate(), join(dir, 'pg'), { recursive: true });
    return { env: { DATA_DIR: dir }, dispose };
  }
  const url = await (await cluster.get()).createDatabase(`crash_${process.pid}_${Date.now()}`);
  return { env: { DATA_DIR: dir, DATABASE_URL: url }, dispose };
}

const pushOver = async (url: string, token: string, clientId: string, mutations: WireMutation[]): Promise<PushResponse> => {
  const response = await fetch(`${url}/api/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId, mutations }),
  });
  if (!response.ok) throw new Error(`push ${response.status}`);
  return pushResponseSchema.parse(await response.json());
};

describe.each(BACKENDS)('a server killed mid-push on %s', (kind) => {
  it('loses nothing it acknowledged, and applies the re-sent rest exactly once', { timeout: 240_000 }, async () => {
    const storage = await storageEnv(kind);
    let child: ChildProcess | undefined;
    try {
      expect((await runAdmin(['create-region', '--id', 'region-a', '--name', 'Region A'], storage.env)).code).toBe(0);
      const created = await runAdmin(['create-user', '--email', 'crash@test.liaisondesk.test', '--name', 'Crash Tester', '--role', 'liaison', '--scopes', 'region-a', '--password-stdin'], storage.env, `${PASSWORD}\n`);
      expect(created).toMatchObject({ code: 0 });
      expect(created.stdout).not.toContain(PASSWORD);

      let server = await startServerProcess(storage.env);
      child = server.child;
      const signedIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'crash@test.liaisondesk.test', password: PASSWORD, deviceName: 'crash test' }),
      });
      const token = signInResponseSchema.parse(await signedIn.json()).token;

      const client = new TestClient();
      const outbox: WireMutation[] = [];
      for (let i = 0; i < 12; i++) {
        for (let j = 0; j < 25; j++) outbox.push(client.insert('logEntry', logEntryRecord('region-a', null, { summary: `Call ${i}.${j}` })));
      }
      const batches = Array.from({ length: 12 }, (_, i) => outbox.slice(i * 25, i * 25 + 25));
      let acknowledged = 0;
      for (const batch of batches.slice(0, 4)) {
        const result = await pushOver(server.url, token, client.clientId, batch);
        acknowledged = result.lastSeq;
      }
      // Several pushes in flight (a duplicate of the last acknowledged batch first); the server applies them
      // one at a time, so killing it when the first answer arrives catches the others mid-way.
      const inFlight = batches.slice(3, 8).map((batch) => pushOver(server.url, token, client.clientId, batch).catch(() => null));
      await Promise.race(inFlight);
      await killed(server.child);
      const answers = await Promise.all(inFlight);
      for (const result of answers) if (result) acknowledged = Math.max(acknowledged, result.lastSeq);
      expect(acknowledged).toBeGreaterThanOrEqual(100);
      expect(answers.filter((a) => a === null).length).toBeGreaterThan(0);

      server = await startServerProcess(storage.env);
      child = server.child;
      const unacknowledged = outbox.filter((m) => m.seq > acknowledged);
      const statuses = new Map<number, string>();
      for (let i = 0; i < unacknowledged.length; i += 50) {
        const result = await pushOver(server.url, token, client.clientId, unacknowledged.slice(i, i + 50));
        expect(result.gap).toBeNull();
        for (const r of result.results) statuses.set(r.seq, r.status);
      }
      expect([...statuses.values()].every((s) => s === 'applied' || s === 'duplicate')).toBe(true);
      expect(statuses.size).toBe(unacknowledged.length);

      const pulled = pullResponseSchema.parse(await (await fetch(`${server.url}/api/sync/pull?limit=5000`, { headers: { authorization: `Bearer ${token}` } })).json());
      const ids = pulled.changes.map((c) => ('record' in c ? c.record.id : c.id));
      expect(ids.length).toBe(outbox.length);
      expect(new Set(ids)).toEqual(new Set(outbox.map((m) => m.recordId)));
    } finally {
      if (child) await killed(child);
      await storage.dispose();
    }
  });
});

describe('a push whose transaction is aborted on PostgreSQL', () => {
  it('is not acknowledged, stores nothing, and applies once when retried', { timeout: 120_000 }, async () => {
    const fresh = await freshStorageOptions('postgres', cluster.get);
    const server = await startTestServer(fresh.options);
    const holder = new Client({ connectionString: fresh.options.databaseUrl });
    try {
      await addRegion(server.db, 'region-a');
      const user = await addUser(server.db, { id: 'liaison', role: 'liaison', scopeIds: ['region-a'] });
      const token = await signIn(server, user.email);
      const client = new TestClient();
      const batch = [client.insert('customer', customerRecord('region-a')), client.insert('customer', customerRecord('region-a'))];

      // Hold the sync lock so the push waits inside its transaction, then kill that transaction's backend.
      await holder.connect();
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock(4417000001)');
      const pending = server.call('POST', '/api/sync/push', { token, body: { clientId: client.clientId, mutations: batch } });
      let waiting: number | undefined;
      for (let i = 0; i < 100 && waiting === undefined; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const rows = await holder.query<{ pid: number }>(`select pid from pg_stat_activity where wait_event_type = 'Lock' and query like '%pg_advisory_xact_lock%' and pid <> pg_backend_pid()`);
        waiting = rows.rows[0]?.pid;
      }
      expect(waiting).toBeDefined();
      await holder.query('select pg_terminate_backend($1)', [waiting]);
      const failed = await pending;
      expect(failed.status).toBe(500);
      await holder.query('rollback');
      expect(await server.db.selectFrom('records').select('id').execute()).toEqual([]);
      expect(await server.db.selectFrom('sync_clients').select('client_id').execute()).toEqual([]);

      const retried = await push(server, token, client, batch);
      expect(retried.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      expect(await server.db.selectFrom('records').select('id').execute()).toHaveLength(2);
    } finally {
      await holder.end().catch(() => {});
      await server.close();
      await fresh.dispose();
    }
  });
});

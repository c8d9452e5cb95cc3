// The sync engine's lifecycle against a real server (PGlite) and local databases on fake-indexeddb: a
// stop that lands while the engine is still becoming the leader leaves nothing running, and a live
// signal refused for the session (a 401, or no token yet) comes back once the session works again.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signInResponseSchema } from '../../shared/api/auth';
import { createCustomer } from '../../renderer/data/customers/commands';
import { customerInput } from '../../renderer/data/testing/builders';
import { expectOk } from '../../renderer/data/testing/testDb';
import { openLiveSignal } from '../../renderer/sync/liveSignal';
import { createSyncEngine } from '../../renderer/sync/syncEngine';
import type { SyncLock } from '../../renderer/sync/syncLock';
import { SyncServer, SyncTestClient, TestNetwork, waitFor } from '../support/syncClient';
import { TEST_PASSWORD, lazyCluster } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

describe('sync engine lifecycle on pglite', () => {
  let server: SyncServer;
  const clients: SyncTestClient[] = [];
  beforeAll(async () => {
    server = await SyncServer.create('pglite', cluster.get, [{ id: 'liaison-a', role: 'liaison', name: 'Dana Whitfield' }]);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  /** A signed-in device whose own engine is stopped, so the test runs the engine it makes. */
  const device = async (name: string) => {
    const created = await SyncTestClient.create(server, 'liaison-a', name);
    clients.push(created);
    await created.engine.stop();
    return created;
  };

  const freshToken = async (): Promise<string> => {
    const response = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: server.users['liaison-a']!.email, password: TEST_PASSWORD, deviceName: 'signed in again' }),
    });
    return signInResponseSchema.parse(await response.json()).token;
  };

  it('starts nothing when stopped while it is becoming the leader', async () => {
    const a = await device('a');
    const network = new TestNetwork();
    const requests: string[] = [];
    network.hook = (request, deliver) => {
      requests.push(new URL(request.url).pathname);
      return deliver();
    };
    let grant: (() => void) | undefined;
    const lock: SyncLock = { acquire: () => new Promise((resolve) => (grant = () => resolve({ release: () => {} }))) };
    const engine = createSyncEngine({
      db: a.db, baseUrl: () => server.url, token: () => a.token, fetch: network.fetch, connectivity: network.connectivity,
      lock, live: true, watchOutbox: true, pollMs: 20, pushDelayMs: 10,
    });
    engine.start();
    await waitFor(() => grant !== undefined, 'the engine to ask for the sync lock');
    grant!();
    // The lock is granted; the engine now reads its last sync time from IndexedDB. Stop it right there.
    await Promise.resolve();
    await Promise.resolve();
    await engine.stop();
    // Whatever a leaked leader would react to: the network coming back, a local write, its poll timer.
    network.connectivity.set(false);
    network.connectivity.set(true);
    expectOk(await createCustomer(a.db, customerInput({ name: 'Written after the stop' })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
    expect(engine.getStatus()).toMatchObject({ state: 'stopped', live: false });
  });

  it('listens again when the session works after the live signal was refused', async () => {
    const a = await device('b');
    const fresh = await freshToken();
    let token = a.token;
    let cut: AbortController | null = null;
    let refusals = 0;
    const network = new TestNetwork();
    network.hook = async (request, deliver) => {
      if (!request.url.includes('/api/sync/events')) return deliver();
      // The stream goes through a connection the test can cut.
      cut = new AbortController();
      const answer = await fetch(request.url, { ...request.init, signal: AbortSignal.any([request.init.signal!, cut.signal]) });
      if (answer.status === 401) {
        // The stream's session is gone; meanwhile the user has signed in again on this device.
        refusals += 1;
        token = fresh;
      }
      return answer;
    };
    const engine = createSyncEngine({
      db: a.db, baseUrl: () => server.url, token: () => token, fetch: network.fetch, connectivity: network.connectivity,
      lock: { acquire: async () => ({ release: () => {} }) }, live: true, watchOutbox: false, random: () => 0,
    });
    try {
      engine.start();
      await waitFor(() => engine.getStatus().live && engine.getStatus().state === 'idle', 'the engine to sync and listen');
      const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
        method: 'POST', headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/json' }, body: '{}',
      });
      expect(signOut.status).toBe(200);
      cut!.abort();
      await waitFor(() => refusals === 1, 'the live signal to be refused');
      await waitFor(() => engine.getStatus().live && engine.getStatus().state === 'idle', 'the live signal to come back');
      expect(engine.getStatus().error).toBeNull();
    } finally {
      await engine.stop();
    }
  });

  it('connects the live signal once a session exists, after starting without one', async () => {
    const fresh = await freshToken();
    let token: string | null = null;
    let refused = 0;
    let connected = false;
    const live = openLiveSignal({
      baseUrl: () => server.url, fetch: (input, init) => fetch(input, init), token: () => token, random: () => 0,
      onSignal: () => {},
      onConnected: (value) => (connected = value),
      onAuthLost: () => {
        refused += 1;
        token = fresh;
      },
    });
    try {
      await waitFor(() => connected, 'the live signal to connect');
      expect(refused).toBe(1);
    } finally {
      live.close();
    }
  });
});

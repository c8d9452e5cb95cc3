// The live signal, GET /api/sync/events, over real HTTP: on embedded PGlite an in-process feed; on
// PostgreSQL LISTEN/NOTIFY, so a client connected to one server instance hears a push made through
// another instance on the same database.
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { syncSignalSchema } from '../../shared/api/sync';
import { createLogger } from '../../server/logger';
import { createPostgresFeed } from '../../server/sync/changeFeed';
import { TestClient, customerRecord, push } from '../support/syncBuilders';
import { addRegion, addUser, freshStorageOptions, lazyCluster, signIn, startTestServer } from '../support/syncServer';
import type { TestServer } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

type SseEvent = { event: string; seq: number };

/** Reads Server-Sent Events with fetch (the way clients send the Authorization header). */
async function openEvents(server: TestServer, token: string) {
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${port}/api/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const received: SseEvent[] = [];
  let buffer = '';
  let ended = false;
  const waiters: (() => void)[] = [];
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (\w+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) received.push({ event, seq: syncSignalSchema.parse(JSON.parse(data)).seq });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted by close()
    }
    ended = true;
    waiters.splice(0).forEach((wake) => wake());
  })();
  const until = async (predicate: () => boolean, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out; received ${JSON.stringify(received)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { response, received, until, ended: () => ended, close: () => controller.abort() };
}

describe('live signal on embedded PGlite', () => {
  it('sends ready, then a change after each commit; a revoked session\'s stream ends', async () => {
    const fresh = await freshStorageOptions('pglite', cluster.get);
    const server = await startTestServer(fresh.options, { heartbeatMs: 200 });
    try {
      await addRegion(server.db, 'region-a');
      const user = await addUser(server.db, { id: 'liaison', role: 'liaison', scopeIds: ['region-a'] });
      const token = await signIn(server, user.email);
      const events = await openEvents(server, token);
      expect(events.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await events.until(() => events.received.length > 0);
      expect(events.received[0]).toEqual({ event: 'ready', seq: 0 });
      const client = new TestClient();
      await push(server, await signIn(server, user.email), client, [client.insert('customer', customerRecord('region-a'))]);
      const committedAt = Date.now();
      await events.until(() => events.received.some((e) => e.event === 'change' && e.seq > 0));
      expect(Date.now() - committedAt).toBeLessThan(1000);
      await server.call('POST', '/api/auth/sign-out', { token });
      await events.until(() => events.ended());
      events.close();
    } finally {
      await server.close();
      await fresh.dispose();
    }
  });
});

describe('live signal across two instances on PostgreSQL', () => {
  it('reaches a client of instance A when a push commits through instance B', async () => {
    const fresh = await freshStorageOptions('postgres', cluster.get);
    const logger = createLogger('silent');
    const feedA = await createPostgresFeed(fresh.options.databaseUrl!, logger);
    const feedB = await createPostgresFeed(fresh.options.databaseUrl!, logger);
    const a = await startTestServer(fresh.options, { feed: feedA });
    const b = await startTestServer(fresh.options, { feed: feedB });
    try {
      await addRegion(a.db, 'region-a');
      const user = await addUser(a.db, { id: 'liaison', role: 'liaison', scopeIds: ['region-a'] });
      const events = await openEvents(a, await signIn(a, user.email));
      await events.until(() => events.received.length > 0);
      const client = new TestClient();
      const pushed = await push(b, await signIn(b, user.email), client, [client.insert('customer', customerRecord('region-a'))]);
      expect(pushed.results[0]!.status).toBe('applied');
      const seq = Number((await b.db.selectFrom('records').select('seq').executeTakeFirstOrThrow()).seq);
      await events.until(() => events.received.some((e) => e.event === 'change' && e.seq === seq));
      events.close();
    } finally {
      await a.close();
      await b.close();
      await feedA.close();
      await feedB.close();
      await fresh.dispose();
    }
  });
});

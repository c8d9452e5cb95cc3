// Several devices, each with its own local database and the real sync engine, against one real server
// on PGlite and on PostgreSQL: merges per field, conflicts that every replica resolves the same way and
// that can be restored, log entries that arrive exactly once, repeated and reordered pushes, and a
// server stopped in the middle of a push.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contactById } from '../../renderer/data/contacts/queries';
import { createContact, updateContact } from '../../renderer/data/contacts/commands';
import { createCustomer } from '../../renderer/data/customers/commands';
import { appendLogEntry } from '../../renderer/data/log/commands';
import { outboxSummary } from '../../renderer/data/outbox/queries';
import { restoreLosingValue } from '../../renderer/data/sync/conflictActions';
import { conflictsTable } from '../../renderer/data/sync/tables';
import { contactInput, customerInput, logInput } from '../../renderer/data/testing/builders';
import { expectOk } from '../../renderer/data/testing/testDb';
import { localState, serverState, SyncServer, SyncTestClient } from '../support/syncClient';
import { BACKENDS, lazyCluster } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

const USERS = [
  { id: 'liaison-a', role: 'liaison', name: 'Dana Whitfield' },
  { id: 'liaison-b', role: 'liaison', name: 'Lee Park' },
  { id: 'engineer-c', role: 'engineer', name: 'Chris Moreno' },
] as const;

describe.each(BACKENDS)('three clients on %s', (kind) => {
  let server: SyncServer;
  const clients: SyncTestClient[] = [];

  beforeAll(async () => {
    server = await SyncServer.create(kind, cluster.get, USERS);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  async function threeClients() {
    const [a, b, c] = await Promise.all([
      SyncTestClient.create(server, 'liaison-a', 'a'),
      SyncTestClient.create(server, 'liaison-b', 'b'),
      SyncTestClient.create(server, 'engineer-c', 'c'),
    ]);
    clients.push(a!, b!, c!);
    return [a!, b!, c!] as const;
  }

  /** A customer with one contact created on `owner` and pulled by everyone. */
  async function sharedContact(owner: SyncTestClient, everyone: readonly SyncTestClient[]) {
    const customer = expectOk(await createCustomer(owner.db, customerInput({ name: `Mercy ${Math.random()}` })));
    const contact = expectOk(await createContact(owner.db, contactInput(customer.id, { role: 'Facilities Director', notes: '' })));
    await owner.sync();
    for (const client of everyone) await client.sync();
    return contact;
  }

  async function expectAllEqualToServer(all: readonly SyncTestClient[]) {
    await server.start();
    for (const client of all) await client.sync();
    for (const client of all) await client.sync();
    const truth = await serverState(server.url, all[0]!.token);
    for (const client of all) {
      expect(await outboxSummary(client.db)).toMatchObject({ pending: 0, refused: 0 });
      const local = await localState(client.db);
      expect(local.records, `records of ${client.name}`).toEqual(truth.records);
      expect(local.conflicts, `conflicts of ${client.name}`).toEqual(truth.conflicts);
    }
    return truth;
  }

  it('keeps concurrent offline edits to different fields of one contact', async () => {
    const [a, b, c] = await threeClients();
    const contact = await sharedContact(a, [b, c]);
    a.network.connectivity.set(false);
    b.network.connectivity.set(false);
    expectOk(await updateContact(a.db, contact.id, { role: 'Chief Engineer' }));
    expectOk(await updateContact(b.db, contact.id, { notes: 'Gate code 4411, ask for the duty engineer' }));
    a.network.connectivity.set(true);
    b.network.connectivity.set(true);
    await a.sync();
    await b.sync();
    await expectAllEqualToServer([a, b, c]);
    for (const client of [a, b, c]) {
      expect(await contactById(client.db, contact.id)).toMatchObject({ role: 'Chief Engineer', notes: 'Gate code 4411, ask for the duty engineer' });
      expect(await conflictsTable(client.db).count()).toBe(0);
    }
  });

  it.each(['earlier edit pushed first', 'later edit pushed first'])(
    'resolves the same field edited on two clients the same way everywhere, and restores the losing value (%s)',
    async (order) => {
      const [a, b, c] = await threeClients();
      const contact = await sharedContact(a, [b, c]);
      a.network.connectivity.set(false);
      b.network.connectivity.set(false);
      expectOk(await updateContact(a.db, contact.id, { role: 'Plant Manager' }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      expectOk(await updateContact(b.db, contact.id, { role: 'Operations Chief' }));
      a.network.connectivity.set(true);
      b.network.connectivity.set(true);
      for (const client of order === 'earlier edit pushed first' ? [a, b] : [b, a]) await client.sync();
      const truth = await expectAllEqualToServer([a, b, c]);
      // The later edit (by hybrid logical clock) wins on every replica; the other is a visible conflict.
      for (const client of [a, b, c]) expect(await contactById(client.db, contact.id)).toMatchObject({ role: 'Operations Chief' });
      const [conflict] = [...truth.conflicts.values()].filter((x) => (x as { recordId: string }).recordId === contact.id) as { id: string }[];
      expect(conflict).toMatchObject({ status: 'open', field: 'role', losingValue: 'Plant Manager', winningValue: 'Operations Chief', loser: { userName: 'Dana Whitfield' } });

      expectOk(await restoreLosingValue(c.db, conflict!.id));
      await c.sync();
      const restored = await expectAllEqualToServer([a, b, c]);
      for (const client of [a, b, c]) expect(await contactById(client.db, contact.id)).toMatchObject({ role: 'Plant Manager' });
      expect(restored.conflicts.get(conflict!.id)).toMatchObject({ status: 'restored' });
    },
  );

  it('brings log entries from every client exactly once, even when each push is sent twice', async () => {
    const all = await threeClients();
    const customer = await sharedContact(all[0], all.slice(1));
    for (const client of all) {
      client.network.hook = async (request, deliver) => {
        if (!request.url.includes('/api/sync/push')) return deliver();
        const [first] = await Promise.all([deliver(), deliver()]);
        return first;
      };
    }
    const written: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const client of all) {
        client.network.connectivity.set(round !== 1);
        for (let i = 0; i < 4; i++) {
          const entry = expectOk(await appendLogEntry(client.db, logInput({ customerId: customer.customerId, summary: `${client.name} call ${round}.${i}` })));
          written.push(entry.id);
        }
        client.network.connectivity.set(true);
        await client.sync();
      }
    }
    const truth = await expectAllEqualToServer(all);
    const logIds = [...truth.records].filter(([, v]) => (v as { entity: string }).entity === 'logEntry').map(([id]) => id);
    expect(new Set(logIds)).toEqual(new Set(written));
    await server.stop();
    const inserts = await server.inspect((storage) =>
      storage.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'sync.insert').where('entity', '=', 'logEntry').execute());
    await server.start();
    const perId = new Map<string, number>();
    for (const row of inserts) perId.set(String(row.entity_id), (perId.get(String(row.entity_id)) ?? 0) + 1);
    expect(written.map((id) => perId.get(id))).toEqual(written.map(() => 1));
  });

  it('applies push batches once when old batches arrive again after newer ones', async () => {
    const all = await threeClients();
    const [a] = all;
    const customer = await sharedContact(a, all.slice(1));
    const replays: { url: string; init: RequestInit }[] = [];
    a.network.hook = async (request, deliver) => {
      if (!request.url.includes('/api/sync/push')) return deliver();
      const response = await deliver();
      // Every earlier batch is delivered again, newest first, after each new one.
      for (const old of [...replays].reverse()) await fetch(old.url, old.init);
      replays.push({ url: request.url, init: request.init });
      return response;
    };
    const small = await SyncTestClient.create(server, 'liaison-a', 'a2', { engine: { pushBatchSize: 3 } });
    clients.push(small);
    small.network.hook = a.network.hook;
    await small.sync();
    for (let i = 0; i < 10; i++) expectOk(await appendLogEntry(small.db, logInput({ customerId: customer.customerId, summary: `batch call ${i}` })));
    expectOk(await updateContact(small.db, customer.id, { role: 'Shift Supervisor' }));
    await small.sync();
    expect(small.network.pushes.length).toBeGreaterThanOrEqual(4);
    await expectAllEqualToServer([...all, small]);
    for (const client of all) expect(await contactById(client.db, customer.id)).toMatchObject({ role: 'Shift Supervisor' });
  });

  it('loses nothing acknowledged when the server stops in the middle of a push', async () => {
    const all = await threeClients();
    const [a, b] = all;
    const customer = await sharedContact(a, all.slice(1));
    let stopAfterCommit = true;
    a.network.hook = async (request, deliver) => {
      const response = await deliver();
      if (request.url.includes('/api/sync/push') && stopAfterCommit) {
        stopAfterCommit = false;
        await server.stop();
        throw new TypeError('fetch failed: the connection was reset');
      }
      return response;
    };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(expectOk(await appendLogEntry(a.db, logInput({ customerId: customer.customerId, summary: `before the crash ${i}` }))).id);
    expectOk(await updateContact(a.db, customer.id, { notes: 'Generator on site' }));
    const failed = await a.engine.syncNow();
    expect(failed.ok).toBe(false);
    expect(a.engine.getStatus().state).toBe('unreachable');
    expect((await outboxSummary(a.db)).pending).toBe(6);
    // Changes made while the server is down wait in the outbox too.
    ids.push(expectOk(await appendLogEntry(b.db, logInput({ customerId: customer.customerId, summary: 'while it was down' }))).id);
    expect((await b.engine.syncNow()).ok).toBe(false);
    await server.start();
    await a.sync();
    const pushed = a.network.pushes.at(-1)!;
    expect(pushed.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    const truth = await expectAllEqualToServer(all);
    for (const id of ids) expect(truth.records.has(id)).toBe(true);
    expect(await contactById(b.db, customer.id)).toMatchObject({ notes: 'Generator on site' });
  });
});

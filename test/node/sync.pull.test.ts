// GET /api/sync/pull on PGlite and PostgreSQL: pages in seq order behind a `<epoch>.<seq>` cursor, only
// records in the user's scopes, cursor resets (other database, scope change, purged tombstones), and a
// fresh server's demo organization pulled by a signed-in client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/error';
import { TOMBSTONE_RETENTION_MS } from '../../shared/api/sync';
import { generateDataset } from '../../shared/demo/generateDataset';
import { entitySchemas } from '../../shared/domain/entities';
import type { EntityName } from '../../shared/domain/entities';
import { parseCursor } from '../../shared/sync/cursor';
import { seedDemoOrganization } from '../../server/admin/demoSeed';
import { DEMO_PASSWORD, demoAccounts } from '../../shared/demo/demoAccounts';
import { readServerEpoch } from '../../server/db/serverMeta';
import { purgeTombstones } from '../../server/sync/purge';
import { TestClient, customerRecord, pullAll, pullPage, push } from '../support/syncBuilders';
import { BACKENDS, addRegion, addUser, freshStorageOptions, lazyCluster, signIn, startTestServer } from '../support/syncServer';
import type { TestServer, TestUser } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

const resetCode = async (server: TestServer, token: string, cursor: string) => {
  const reply = await server.call('GET', `/api/sync/pull?cursor=${encodeURIComponent(cursor)}`, { token });
  return reply.status === 409 ? apiErrorSchema.parse(reply.body).error.code : `status ${reply.status}`;
};

describe.each(BACKENDS)('pull on %s', (kind) => {
  let server: TestServer;
  let dispose: () => Promise<void>;
  let north: TestUser;
  let south: TestUser;
  let admin: TestUser;
  const tokens: Record<string, string> = {};
  const northClient = new TestClient();
  const southClient = new TestClient();
  const northIds: string[] = [];
  const southIds: string[] = [];

  beforeAll(async () => {
    const fresh = await freshStorageOptions(kind, cluster.get);
    dispose = fresh.dispose;
    server = await startTestServer(fresh.options);
    await addRegion(server.db, 'north');
    await addRegion(server.db, 'south');
    north = await addUser(server.db, { id: 'north-liaison', role: 'liaison', scopeIds: ['north'] });
    south = await addUser(server.db, { id: 'south-liaison', role: 'liaison', scopeIds: ['south'] });
    admin = await addUser(server.db, { id: 'admin', role: 'admin', scopeIds: [] });
    for (const user of [north, south, admin]) tokens[user.id] = await signIn(server, user.email);
    const northRecords = Array.from({ length: 25 }, (_, i) => customerRecord('north', { name: `North ${i}` }));
    const southRecords = Array.from({ length: 10 }, (_, i) => customerRecord('south', { name: `South ${i}` }));
    northIds.push(...northRecords.map((r) => r.id));
    southIds.push(...southRecords.map((r) => r.id));
    await push(server, tokens[north.id]!, northClient, northRecords.map((r) => northClient.insert('customer', r)));
    await push(server, tokens[south.id]!, southClient, southRecords.map((r) => southClient.insert('customer', r)));
  });

  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('pages through changes in seq order with an epoch.seq cursor', async () => {
    const epoch = await readServerEpoch(server.db);
    const first = await pullPage(server, tokens[north.id]!, undefined, 10);
    expect(first.changes).toHaveLength(10);
    expect(first.hasMore).toBe(true);
    expect(parseCursor(first.cursor)).toEqual({ epoch, seq: first.changes.at(-1)!.seq });
    const all = await pullAll(server, tokens[north.id]!, undefined, 10);
    expect(all.pages).toBe(3);
    expect([...all.records.keys()].sort()).toEqual([...northIds].sort());
    const seqs: number[] = [];
    let cursor: string | undefined;
    for (let more = true; more; ) {
      const page = await pullPage(server, tokens[north.id]!, cursor, 7);
      seqs.push(...page.changes.map((c) => c.seq));
      cursor = page.cursor;
      more = page.hasMore;
    }
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(25);
    const empty = await pullPage(server, tokens[north.id]!, cursor);
    expect(empty).toEqual({ changes: [], conflicts: [], cursor, hasMore: false });
  });

  it('never sends a record outside the user\'s scopes', async () => {
    const south = await pullAll(server, tokens['south-liaison']!);
    expect([...south.records.keys()].sort()).toEqual([...southIds].sort());
    const nobody = await pullAll(server, tokens[admin.id]!);
    expect(nobody.records.size).toBe(0);
  });

  it('tells a user to drop a record that moved out of their scopes', async () => {
    await server.db.updateTable('users').set({ scope_ids: ['north', 'south'] }).where('id', '=', 'north-liaison').execute();
    const { cursor } = await pullAll(server, tokens['south-liaison']!);
    const moving = southIds[0]!;
    await push(server, tokens[north.id]!, northClient, [northClient.update('customer', moving, { scopeId: 'north' }, { scopeId: 'south' })]);
    const page = await pullPage(server, tokens['south-liaison']!, cursor);
    expect(page.changes).toEqual([{ seq: expect.any(Number), entity: 'customer', id: moving, outOfScope: true }]);
    await server.db.updateTable('users').set({ scope_ids: ['north'] }).where('id', '=', 'north-liaison').execute();
  });

  it('answers cursor_reset for another database\'s cursor, a cursor from the future and a malformed one', async () => {
    const { cursor } = await pullAll(server, tokens[north.id]!);
    const seq = parseCursor(cursor)!.seq;
    expect(await resetCode(server, tokens[north.id]!, `0190a0b0-1c2d-4e3f-8a9b-0c1d2e3f4a5b.${seq}`)).toBe('cursor_reset');
    expect(await resetCode(server, tokens[north.id]!, `${parseCursor(cursor)!.epoch}.${seq + 1000}`)).toBe('cursor_reset');
    const malformed = await server.call('GET', '/api/sync/pull?cursor=yesterday', { token: tokens[north.id]! });
    expect(malformed.status).toBe(400);
  });

  it('makes a device re-snapshot after its user\'s scopes change', async () => {
    const before = await pullAll(server, tokens[south.id]!);
    const patch = await server.call('PATCH', `/api/admin/users/${south.id}`, { token: tokens[admin.id]!, body: { scopeIds: ['north'] } });
    expect(patch.status).toBe(200);
    expect(await resetCode(server, tokens[south.id]!, before.cursor)).toBe('cursor_reset');
    const otherDevice = await signIn(server, south.email, 'second laptop');
    expect(await resetCode(server, otherDevice, before.cursor)).toBe('cursor_reset');
    // The snapshot's own pages continue below the scope change's seq without another reset.
    const snapshot = await pullAll(server, tokens[south.id]!, undefined, 5);
    expect(snapshot.pages).toBeGreaterThan(1);
    expect([...snapshot.records.values()].every((r) => r.scopeId === 'north')).toBe(true);
    expect(snapshot.records.size).toBe(26);
    expect((await pullPage(server, tokens[south.id]!, snapshot.cursor)).changes).toEqual([]);
  });

  it('keeps tombstones 90 days, then purges them and resets cursors older than the purge', async () => {
    const client = new TestClient();
    const doomed = customerRecord('north');
    await push(server, tokens[north.id]!, client, [client.insert('customer', doomed)]);
    const beforeDelete = await pullAll(server, tokens[north.id]!);
    await push(server, tokens[north.id]!, client, [client.remove('customer', doomed.id)]);
    const afterDelete = await pullAll(server, tokens[north.id]!, beforeDelete.cursor);
    expect(afterDelete.records.get(doomed.id)).toMatchObject({ deletedAt: expect.any(String) });

    const early = await purgeTombstones(server.db, Date.now() + TOMBSTONE_RETENTION_MS - 3_600_000);
    expect(early.records).toBe(0);
    expect((await pullAll(server, tokens[north.id]!)).records.get(doomed.id)).toMatchObject({ deletedAt: expect.any(String) });

    const purged = await purgeTombstones(server.db, Date.now() + TOMBSTONE_RETENTION_MS + 3_600_000);
    expect(purged.records).toBe(1);
    expect(purged.horizonSeq).toBe(parseCursor(afterDelete.cursor)!.seq);
    expect(await resetCode(server, tokens[north.id]!, beforeDelete.cursor)).toBe('cursor_reset');
    expect((await pullPage(server, tokens[north.id]!, afterDelete.cursor)).changes).toEqual([]);
    const snapshot = await pullAll(server, tokens[north.id]!);
    expect(snapshot.records.has(doomed.id)).toBe(false);
  });
});

describe.each(BACKENDS)('the demo organization on %s', (kind) => {
  let server: TestServer;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshStorageOptions(kind, cluster.get);
    dispose = fresh.dispose;
    server = await startTestServer(fresh.options);
  });

  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('seeds once and a signed-in liaison pulls the whole demo data set, valid for the shared schemas', async () => {
    const now = Date.now();
    const stored = await seedDemoOrganization(server.db, now);
    expect(await seedDemoOrganization(server.db, now)).toBe(0);
    const dataset = generateDataset({ now, regionId: 'region-metro', currentUser: { id: 'user-liaison-01', name: 'Dana Whitfield' } });
    const expected = dataset.customers.length + dataset.contacts.length + dataset.events.length + dataset.briefings.length + dataset.briefingAcks.length + dataset.logEntries.length;
    expect(stored).toBe(expected);
    // The sign-in screen offers shared/demo's accounts: each signs in as seeded, with its role.
    const replies = await Promise.all(demoAccounts.map((account) =>
      server.call('POST', '/api/auth/sign-in', { body: { email: account.email, password: DEMO_PASSWORD, deviceName: 'demo laptop' } })));
    expect(replies.map((r) => [r.status, (r.body as { user?: { id: string; role: string } }).user])).toEqual(
      demoAccounts.map((a) => [200, expect.objectContaining({ id: a.id, role: a.role, name: a.name, icsPosition: a.icsPosition })]));
    const token = (replies[0]!.body as { token: string }).token;
    const { records } = await pullAll(server, token, undefined, 5000);
    expect(records.size).toBe(expected);
    const page = await pullPage(server, token, undefined, 5000);
    for (const change of page.changes) {
      if (!('record' in change)) throw new Error('unexpected out-of-scope change');
      expect(entitySchemas[change.entity as EntityName].safeParse(change.record).success).toBe(true);
    }
    expect(records.get(dataset.customers[0]!.id)).toEqual(dataset.customers[0]);
  });
});

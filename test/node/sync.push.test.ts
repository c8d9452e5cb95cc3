// POST /api/sync/push against a real server on embedded PGlite and on PostgreSQL: exactly-once delivery,
// gaps, per-mutation refusals, server-decided authorship, scopes, roles, briefing versions, append-only
// entities and clock skew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/error';
import {
  TestClient, ackRecord, briefingRecord, contactRecord, customerRecord, eventRecord, logEntryRecord, pullAll, push,
} from '../support/syncBuilders';
import { BACKENDS, addRegion, addUser, freshStorageOptions, lazyCluster, signIn, startTestServer } from '../support/syncServer';
import type { TestServer, TestUser } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

describe.each(BACKENDS)('push on %s', (kind) => {
  let server: TestServer;
  let dispose: () => Promise<void>;
  let liaison: TestUser;
  let author: TestUser;
  let outsider: TestUser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const fresh = await freshStorageOptions(kind, cluster.get);
    dispose = fresh.dispose;
    server = await startTestServer(fresh.options);
    await addRegion(server.db, 'region-a');
    await addRegion(server.db, 'region-b');
    liaison = await addUser(server.db, { id: 'liaison-a', role: 'liaison', scopeIds: ['region-a'], name: 'Dana Liaison' });
    author = await addUser(server.db, { id: 'author-a', role: 'briefing_author', scopeIds: ['region-a'], name: 'Elena Author' });
    outsider = await addUser(server.db, { id: 'liaison-b', role: 'liaison', scopeIds: ['region-b'] });
    for (const user of [liaison, author, outsider]) tokens[user.id] = await signIn(server, user.email);
  });

  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('applies each mutation once: the same batch again is acknowledged as duplicates', async () => {
    const client = new TestClient();
    const customer = customerRecord('region-a');
    const batch = [client.insert('customer', customer), client.update('customer', customer.id, { notes: 'Gate code 1234' }, { notes: '' })];
    const first = await push(server, tokens[liaison.id]!, client, batch);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(first).toMatchObject({ lastSeq: 2, gap: null });
    const again = await push(server, tokens[liaison.id]!, client, batch);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.results.map((r) => r.mutationId)).toEqual(batch.map((m) => m.mutationId));
    const { records } = await pullAll(server, tokens[liaison.id]!);
    expect(records.get(customer.id)).toMatchObject({ notes: 'Gate code 1234' });
    const audit = await server.db.selectFrom('audit_log').select('action').where('entity_id', '=', customer.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['sync.insert', 'sync.update']);
  });

  it('refuses a gap with the seq it expects, and applies the run once the missing ones arrive', async () => {
    const client = new TestClient();
    const records = [customerRecord('region-a'), customerRecord('region-a'), customerRecord('region-a')];
    const [m1, m2, m3] = records.map((r) => client.insert('customer', r)) as [ReturnType<TestClient['insert']>, ReturnType<TestClient['insert']>, ReturnType<TestClient['insert']>];
    const gap = await push(server, tokens[liaison.id]!, client, [m2, m3]);
    expect(gap).toEqual({ clientId: client.clientId, lastSeq: 0, results: [], gap: { code: 'seq_gap', expectedSeq: 1, receivedSeq: 2 } });
    const partial = await push(server, tokens[liaison.id]!, client, [m1, m3]);
    expect(partial.results.map((r) => `${r.seq}:${r.status}`)).toEqual(['1:applied']);
    expect(partial.gap).toEqual({ code: 'seq_gap', expectedSeq: 2, receivedSeq: 3 });
    const rest = await push(server, tokens[liaison.id]!, client, [m3, m1, m2]);
    expect(rest.results.map((r) => `${r.seq}:${r.status}`)).toEqual(['1:duplicate', '2:applied', '3:applied']);
    expect(rest).toMatchObject({ lastSeq: 3, gap: null });
    const stored = await server.db.selectFrom('records').select('id').where('id', 'in', records.map((r) => r.id)).execute();
    expect(stored).toHaveLength(3);
  });

  it('reports a refused mutation on its own, consumes its seq, and applies the rest of the batch', async () => {
    const client = new TestClient();
    const good = customerRecord('region-a');
    const batch = [
      client.insert('customer', good),
      client.insert('customer', customerRecord('region-a', { name: '   ' })),
      { ...client.insert('customer', customerRecord('region-a')), entity: 'spaceship' },
      client.insert('customer', customerRecord('region-a', { favouriteColour: 'blue' })),
      client.update('customer', good.id, { name: 'Mercy General Hospital' }, { name: good.name }),
    ];
    const result = await push(server, tokens[liaison.id]!, client, batch as never);
    expect(result.results.map((r) => (r.status === 'refused' ? `${r.status}:${r.code}` : r.status))).toEqual([
      'applied', 'refused:validation', 'refused:validation', 'refused:validation', 'applied',
    ]);
    const refused = result.results[1]!;
    expect(refused.status === 'refused' && refused.reason).toMatch(/Customer name is required/);
    expect(result.results[3]!.status === 'refused' && result.results[3]!.reason).toMatch(/Unknown customer field: favouriteColour/);
    expect(result.lastSeq).toBe(5);
    const count = await server.db.selectFrom('records').select('id').where('id', 'in', batch.map((m) => m.recordId)).execute();
    expect(count).toHaveLength(1);
  });

  it('answers a refused mutation sent again with the same refusal, never as a duplicate', async () => {
    const client = new TestClient();
    const batch = [
      client.insert('customer', customerRecord('region-a')),
      client.insert('customer', customerRecord('region-a', { name: '   ' })),
      client.insert('customer', customerRecord('region-b')),
    ];
    const first = await push(server, tokens[liaison.id]!, client, batch);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'refused', 'refused']);
    // The answer was lost: the client sends the same batch again, then (later) only the refused ones.
    const again = await push(server, tokens[liaison.id]!, client, batch);
    expect(again).toEqual({ ...first, results: [{ seq: 1, mutationId: batch[0]!.mutationId, status: 'duplicate' }, first.results[1], first.results[2]] });
    await push(server, tokens[liaison.id]!, client, [client.insert('customer', customerRecord('region-a'))]);
    const later = await push(server, tokens[liaison.id]!, client, [batch[2]!, batch[1]!]);
    expect(later.results).toEqual([first.results[1], first.results[2]]);
    // A seq repeated within one batch gets its first answer too.
    const twice = client.insert('customer', customerRecord('region-z'));
    expect((await push(server, tokens[liaison.id]!, client, [twice, twice])).results).toEqual([
      expect.objectContaining({ seq: twice.seq, status: 'refused', code: 'out_of_scope' }),
      expect.objectContaining({ seq: twice.seq, status: 'refused', code: 'out_of_scope' }),
    ]);
  });

  it('refuses a mutation whose clock names another client, so no one can write in someone else\'s name', async () => {
    const client = new TestClient();
    const other = new TestClient();
    await push(server, tokens[author.id]!, other, [other.insert('customer', customerRecord('region-a'))]);
    const borrowed = new TestClient(other.clientId).insert('customer', customerRecord('region-a'));
    client.seq += 1;
    const result = await push(server, tokens[liaison.id]!, client, [{ ...borrowed, clientId: client.clientId, seq: client.seq }]);
    expect(result.results[0]).toMatchObject({ status: 'refused', code: 'validation', reason: expect.stringMatching(/clock \(hlc\) names another client/) });
    expect(await server.db.selectFrom('records').select('id').where('id', '=', borrowed.recordId).execute()).toEqual([]);
  });

  it('refuses a batch whose seq cannot be read as a whole, storing nothing', async () => {
    const client = new TestClient();
    const reply = await server.call('POST', '/api/sync/push', {
      token: tokens[liaison.id]!,
      body: { clientId: client.clientId, mutations: [{ ...client.insert('customer', customerRecord('region-a')), seq: 'one' }] },
    });
    expect(reply.status).toBe(400);
    expect(apiErrorSchema.parse(reply.body).error.code).toBe('invalid_request');
    expect(await server.db.selectFrom('sync_clients').select('client_id').where('client_id', '=', client.clientId).execute()).toEqual([]);
  });

  it('takes the author and times from the session and the server, never from the client', async () => {
    const client = new TestClient();
    const customer = customerRecord('region-a', { updatedBy: 'someone-else' });
    const entry = logEntryRecord('region-a', null, { authorId: 'someone-else', authorName: 'Forged' });
    await push(server, tokens[liaison.id]!, client, [client.insert('customer', customer), client.insert('logEntry', entry)]);
    const { records } = await pullAll(server, tokens[liaison.id]!);
    expect(records.get(customer.id)).toMatchObject({ updatedBy: liaison.id });
    expect(records.get(entry.id)).toMatchObject({ authorId: liaison.id, authorName: 'Dana Liaison', updatedBy: liaison.id });
  });

  it('refuses writes outside the user\'s scopes, and moves into them', async () => {
    const mine = new TestClient();
    const theirs = new TestClient();
    const theirCustomer = customerRecord('region-b');
    await push(server, tokens[outsider.id]!, theirs, [theirs.insert('customer', theirCustomer)]);
    const myCustomer = customerRecord('region-a');
    const result = await push(server, tokens[liaison.id]!, mine, [
      mine.insert('customer', customerRecord('region-b')),
      mine.update('customer', theirCustomer.id, { notes: 'mine now' }, { notes: '' }),
      mine.insert('customer', myCustomer),
      mine.update('customer', myCustomer.id, { scopeId: 'region-b' }, { scopeId: 'region-a' }),
      mine.insert('contact', contactRecord(theirCustomer, { scopeId: 'region-a' })),
    ]);
    expect(result.results.map((r) => (r.status === 'refused' ? r.code : r.status))).toEqual([
      'out_of_scope', 'out_of_scope', 'applied', 'out_of_scope', 'out_of_scope',
    ]);
    const stored = await server.db.selectFrom('records').select(['scope_id']).where('id', '=', myCustomer.id).executeTakeFirstOrThrow();
    expect(stored.scope_id).toBe('region-a');
  });

  it('lets only briefing authors write briefings and events; the server numbers and supersedes versions', async () => {
    const liaisonClient = new TestClient();
    const authorClient = new TestClient();
    const event = eventRecord('region-a');
    const denied = await push(server, tokens[liaison.id]!, liaisonClient, [liaisonClient.insert('event', event)]);
    expect(denied.results[0]).toMatchObject({ status: 'refused', code: 'forbidden' });

    const v1 = briefingRecord(event.id, { status: 'published', version: 7 });
    const draft = briefingRecord(event.id);
    const created = await push(server, tokens[author.id]!, authorClient, [
      authorClient.insert('event', event), authorClient.insert('briefing', v1), authorClient.insert('briefing', draft),
    ]);
    expect(created.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const byLiaison = await push(server, tokens[liaison.id]!, liaisonClient, [
      liaisonClient.insert('briefing', briefingRecord(event.id, { status: 'published' })),
    ]);
    expect(byLiaison.results[0]).toMatchObject({ status: 'refused', code: 'forbidden' });

    const published = await push(server, tokens[author.id]!, authorClient, [
      authorClient.update('briefing', draft.id, { status: 'published', customersRestored: 600 }, { status: 'draft', customersRestored: 100 }),
      authorClient.update('briefing', v1.id, { damage: 'changed after publishing' }, { damage: '' }),
      authorClient.insert('briefing', briefingRecord(event.id, { status: 'superseded' })),
    ]);
    expect(published.results.map((r) => (r.status === 'refused' ? r.code : r.status))).toEqual(['applied', 'briefing_immutable', 'validation']);

    const { records } = await pullAll(server, tokens[liaison.id]!);
    expect(records.get(v1.id)).toMatchObject({ version: 1, status: 'superseded', issuedBy: { id: author.id, name: 'Elena Author' } });
    expect(records.get(draft.id)).toMatchObject({ version: 2, status: 'published', customersRestored: 600, issuedBy: { id: author.id } });
    const scope = await server.db.selectFrom('scopes').selectAll().where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(scope).toMatchObject({ kind: 'event', parent_id: 'region-a', name: 'Winter Storm Test' });

    // Acks take the reader from the session, and event, version and scope from the briefing.
    const ack = ackRecord(records.get(draft.id)!, { version: 5, userId: 'forged' });
    const acked = await push(server, tokens[liaison.id]!, liaisonClient, [
      liaisonClient.insert('briefingAck', ack),
      liaisonClient.insert('briefingAck', ackRecord(briefingRecord(event.id))),
    ]);
    expect(acked.results.map((r) => (r.status === 'refused' ? r.code : r.status))).toEqual(['applied', 'validation']);
    expect((await pullAll(server, tokens[author.id]!)).records.get(ack.id)).toMatchObject({ userId: liaison.id, version: 2, scopeId: event.id });
  });

  it('keeps log entries and acknowledgements insert-only', async () => {
    const client = new TestClient();
    const entry = logEntryRecord('region-a', null);
    await push(server, tokens[liaison.id]!, client, [client.insert('logEntry', entry)]);
    const result = await push(server, tokens[liaison.id]!, client, [
      client.update('logEntry', entry.id, { summary: 'rewritten' }, { summary: entry.summary }),
      client.remove('logEntry', entry.id),
      client.insert('logEntry', { ...entry, summary: 'rewritten by insert' }),
      client.insert('logEntry', entry),
    ]);
    expect(result.results.map((r) => (r.status === 'refused' ? r.code : r.status))).toEqual(['append_only', 'append_only', 'append_only', 'applied']);
    expect((await pullAll(server, tokens[liaison.id]!)).records.get(entry.id)).toMatchObject({ summary: entry.summary });
  });

  it('refuses mutations from a clock more than 5 minutes ahead of the server', async () => {
    const ahead = new TestClient(undefined, 10 * 60_000);
    const slightlyAhead = new TestClient(undefined, 2 * 60_000);
    const refused = await push(server, tokens[liaison.id]!, ahead, [ahead.insert('customer', customerRecord('region-a')), ahead.insert('customer', customerRecord('region-a'))]);
    expect(refused.results.map((r) => r.status === 'refused' && r.code)).toEqual(['clock_ahead', 'clock_ahead']);
    expect(refused.results[0]!.status === 'refused' && refused.results[0]!.reason).toMatch(/10 minutes ahead/);
    expect(refused.lastSeq).toBe(2);
    const accepted = await push(server, tokens[liaison.id]!, slightlyAhead, [slightlyAhead.insert('customer', customerRecord('region-a'))]);
    expect(accepted.results[0]!.status).toBe('applied');
  });

  it('binds a client id to the first user that pushes with it', async () => {
    const client = new TestClient();
    await push(server, tokens[liaison.id]!, client, [client.insert('customer', customerRecord('region-a'))]);
    const reply = await server.call('POST', '/api/sync/push', {
      token: tokens[author.id]!,
      body: { clientId: client.clientId, mutations: [client.insert('customer', customerRecord('region-a'))] },
    });
    expect(reply.status).toBe(403);
    expect(apiErrorSchema.parse(reply.body).error.code).toBe('client_owned_by_other_user');
  });
});

// Concurrent edits through the server on PGlite and PostgreSQL: per-field last-writer-wins by HLC, the
// losing value kept as a conflict both users pull, restore and dismiss, and edits racing deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dismissConflictResponseSchema, pullResponseSchema } from '../../shared/api/sync';
import type { KyselyPlugin } from 'kysely';
import { authenticate } from '../../server/auth/authenticate';
import { readServerEpoch } from '../../server/db/serverMeta';
import { pullChanges } from '../../server/sync/pull';
import { TestClient, customerRecord, pullAll, pullPage, push } from '../support/syncBuilders';
import { BACKENDS, addRegion, addUser, freshStorageOptions, lazyCluster, signIn, startTestServer } from '../support/syncServer';
import type { TestServer, TestUser } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

/** Holds a pull after its record query (the one that answers `json`) until `resume` is called. */
function pauseAfterRecordQuery() {
  let reachedResolve!: () => void;
  let resume!: () => void;
  const reached = new Promise<void>((resolve) => (reachedResolve = resolve));
  const gate = new Promise<void>((resolve) => (resume = resolve));
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      const [row] = args.result.rows as Record<string, unknown>[];
      if (row !== undefined && 'json' in row) {
        reachedResolve();
        await gate;
      }
      return args.result;
    },
  };
  return { plugin, reached, resume };
}

describe.each(BACKENDS)('conflicts on %s', (kind) => {
  let server: TestServer;
  let dispose: () => Promise<void>;
  let ana: TestUser;
  let ben: TestUser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const fresh = await freshStorageOptions(kind, cluster.get);
    dispose = fresh.dispose;
    server = await startTestServer(fresh.options);
    await addRegion(server.db, 'region-a');
    ana = await addUser(server.db, { id: 'ana', role: 'liaison', scopeIds: ['region-a'], name: 'Ana' });
    ben = await addUser(server.db, { id: 'ben', role: 'engineer', scopeIds: ['region-a'], name: 'Ben' });
    tokens.ana = await signIn(server, ana.email);
    tokens.ben = await signIn(server, ben.email);
  });

  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  /** A customer both clients have pulled. */
  async function shared(a: TestClient, b: TestClient, overrides = {}) {
    const customer = customerRecord('region-a', { notes: 'original', ...overrides });
    await push(server, tokens.ana!, a, [a.insert('customer', customer)]);
    const { records } = await pullAll(server, tokens.ben!);
    expect(records.get(customer.id)).toMatchObject({ notes: 'original' });
    return customer;
  }

  it('lets the later edit of a field win and keeps the earlier one as a conflict both users see', async () => {
    const a = new TestClient();
    const b = new TestClient();
    const customer = await shared(a, b);
    const first = a.update('customer', customer.id, { notes: 'from Ana' }, { notes: 'original' });
    const second = b.update('customer', customer.id, { notes: 'from Ben', name: 'Mercy (Ben)' }, { notes: 'original', name: customer.name });
    expect((await push(server, tokens.ana!, a, [first])).results[0]).toMatchObject({ status: 'applied', conflictIds: [] });
    const result = await push(server, tokens.ben!, b, [second]);
    expect(result.results[0]).toMatchObject({ status: 'applied', conflictIds: [expect.any(String)] });

    for (const token of [tokens.ana!, tokens.ben!]) {
      const { records, conflicts } = await pullAll(server, token);
      expect(records.get(customer.id)).toMatchObject({ notes: 'from Ben', name: 'Mercy (Ben)', updatedBy: ben.id });
      const conflict = [...conflicts.values()].find((c) => c.recordId === customer.id)!;
      expect(conflict).toMatchObject({
        entity: 'customer', field: 'notes', kind: 'field', status: 'open', winningValue: 'from Ben', losingValue: 'from Ana',
        winner: { userId: ben.id, userName: 'Ben', hlc: second.hlc }, loser: { userId: ana.id, userName: 'Ana', hlc: first.hlc },
      });
    }
  });

  it('keeps the newer server value when a stale edit arrives late, and records the edit that lost', async () => {
    const a = new TestClient();
    const late = new TestClient(undefined, -60_000);
    const customer = await shared(a, late);
    const stale = late.update('customer', customer.id, { notes: 'offline edit' }, { notes: 'original' });
    await push(server, tokens.ana!, a, [a.update('customer', customer.id, { notes: 'fresh edit' }, { notes: 'original' })]);
    const result = await push(server, tokens.ben!, late, [stale]);
    const conflictId = result.results[0]!.status === 'applied' ? result.results[0]!.conflictIds[0] : undefined;
    const { records, conflicts } = await pullAll(server, tokens.ben!);
    expect(records.get(customer.id)).toMatchObject({ notes: 'fresh edit' });
    expect(conflicts.get(conflictId!)).toMatchObject({ winningValue: 'fresh edit', losingValue: 'offline edit', loser: { userId: ben.id }, status: 'open' });
  });

  it('restores the losing value with a plain update, which settles the conflict', async () => {
    const a = new TestClient();
    const b = new TestClient();
    const customer = await shared(a, b);
    await push(server, tokens.ana!, a, [a.update('customer', customer.id, { notes: 'A' }, { notes: 'original' })]);
    const lost = await push(server, tokens.ben!, b, [b.update('customer', customer.id, { notes: 'B' }, { notes: 'original' })]);
    const conflictId = lost.results[0]!.status === 'applied' ? lost.results[0]!.conflictIds[0]! : '';
    const before = await pullAll(server, tokens.ana!);
    const conflict = before.conflicts.get(conflictId)!;
    const restore = a.update('customer', customer.id, { notes: conflict.losingValue }, { notes: conflict.winningValue });
    expect((await push(server, tokens.ana!, a, [restore])).results[0]).toMatchObject({ status: 'applied', conflictIds: [] });
    const after = await pullAll(server, tokens.ben!, before.cursor);
    expect(after.records.get(customer.id)).toMatchObject({ notes: 'A' });
    expect(after.conflicts.get(conflictId)).toMatchObject({ status: 'restored', resolvedBy: ana.id });
  });

  it('applies a sequential edit without a conflict even from a clock that runs behind', async () => {
    const a = new TestClient();
    const behind = new TestClient(undefined, -120_000);
    const customer = await shared(a, behind);
    await push(server, tokens.ana!, a, [a.update('customer', customer.id, { notes: 'A' }, { notes: 'original' })]);
    const result = await push(server, tokens.ben!, behind, [behind.update('customer', customer.id, { notes: 'B after A' }, { notes: 'A' })]);
    expect(result.results[0]).toMatchObject({ status: 'applied', conflictIds: [] });
    expect((await pullAll(server, tokens.ana!)).records.get(customer.id)).toMatchObject({ notes: 'B after A' });
  });

  it('dismisses a conflict for everyone', async () => {
    const a = new TestClient();
    const b = new TestClient();
    const customer = await shared(a, b);
    await push(server, tokens.ana!, a, [a.update('customer', customer.id, { notes: 'A' }, { notes: 'original' })]);
    const lost = await push(server, tokens.ben!, b, [b.update('customer', customer.id, { notes: 'B' }, { notes: 'original' })]);
    const conflictId = lost.results[0]!.status === 'applied' ? lost.results[0]!.conflictIds[0]! : '';
    const { cursor } = await pullAll(server, tokens.ana!);
    const reply = await server.call('POST', `/api/sync/conflicts/${conflictId}/dismiss`, { token: tokens.ben! });
    expect(reply.status).toBe(200);
    expect(dismissConflictResponseSchema.parse(reply.body).conflict).toMatchObject({ status: 'dismissed', resolvedBy: ben.id });
    const after = await pullAll(server, tokens.ana!, cursor);
    expect(after.conflicts.get(conflictId)).toMatchObject({ status: 'dismissed' });
    expect(after.records.size).toBe(0);
    const unknown = await server.call('POST', '/api/sync/conflicts/0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b/dismiss', { token: tokens.ben! });
    expect(unknown.status).toBe(404);
  });

  it('revives a record edited after its delete, and flags it', async () => {
    const a = new TestClient();
    const b = new TestClient();
    const customer = await shared(a, b);
    await push(server, tokens.ana!, a, [a.remove('customer', customer.id)]);
    const edit = await push(server, tokens.ben!, b, [b.update('customer', customer.id, { notes: 'still here' }, { notes: 'original' })]);
    const conflictId = edit.results[0]!.status === 'applied' ? edit.results[0]!.conflictIds[0]! : '';
    const { records, conflicts } = await pullAll(server, tokens.ana!);
    expect(records.get(customer.id)).toMatchObject({ deletedAt: null, notes: 'still here' });
    expect(conflicts.get(conflictId)).toMatchObject({ kind: 'revived', field: 'deletedAt', winningValue: null, loser: { userId: ana.id }, status: 'open' });
    const row = await server.db.selectFrom('records').select('deleted_at').where('id', '=', customer.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).toBeNull();

    // Deleting again, after pulling the revived record (the "restore" of the delete), settles the flag.
    a.receive((await pullAll(server, tokens.ana!)).hlcs.get(customer.id)!);
    await push(server, tokens.ana!, a, [a.remove('customer', customer.id)]);
    const after = await pullAll(server, tokens.ben!);
    expect(after.records.get(customer.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect(after.conflicts.get(conflictId)).toMatchObject({ status: 'restored' });
  });

  it('keeps a record alive when its delete was made before a later edit (by HLC)', async () => {
    const a = new TestClient(undefined, -90_000);
    const b = new TestClient();
    const customer = await shared(new TestClient(), b);
    const staleDelete = a.remove('customer', customer.id);
    await push(server, tokens.ben!, b, [b.update('customer', customer.id, { notes: 'edited later' }, { notes: 'original' })]);
    const result = await push(server, tokens.ana!, a, [staleDelete]);
    expect(result.results[0]).toMatchObject({ status: 'applied', conflictIds: [expect.any(String)] });
    const { records, conflicts } = await pullAll(server, tokens.ana!);
    expect(records.get(customer.id)).toMatchObject({ deletedAt: null, notes: 'edited later' });
    const conflict = conflicts.get((result.results[0] as { conflictIds: string[] }).conflictIds[0]!);
    expect(conflict).toMatchObject({ kind: 'revived', loser: { userId: ana.id }, winner: { userId: ben.id } });
  });
  it('names who wrote the value it holds from its own records, never from a clock a client made up', async () => {
    const a = new TestClient();
    const b = new TestClient();
    const customer = await shared(a, b);
    await push(server, tokens.ben!, b, [b.update('customer', customer.id, { name: 'Mercy (Ben)' }, { name: customer.name })]);
    // Ana stamps an edit with the clock of Ben's device: refused, so it can never be shown as Ben's.
    const borrowed = new TestClient(b.clientId).update('customer', customer.id, { notes: 'not by Ben' }, { notes: 'original' });
    a.seq += 1;
    const refused = await push(server, tokens.ana!, a, [{ ...borrowed, clientId: a.clientId, seq: a.seq }]);
    expect(refused.results[0]).toMatchObject({ status: 'refused', code: 'validation' });

    // Ana's new device, on its first push, races itself; then Ben's stale edit races Ana's value.
    const fresh = new TestClient();
    const first = fresh.update('customer', customer.id, { notes: 'Ana, first' }, { notes: 'original' });
    const second = fresh.update('customer', customer.id, { notes: 'Ana, second' }, { notes: 'original' });
    const own = await push(server, tokens.ana!, fresh, [first, second]);
    const stale = await push(server, tokens.ben!, b, [b.update('customer', customer.id, { notes: 'Ben, stale' }, { notes: 'original' })]);
    const { conflicts } = await pullAll(server, tokens.ana!);
    const idOf = (r: (typeof own.results)[number] | undefined) => (r?.status === 'applied' ? r.conflictIds[0]! : '');
    expect(conflicts.get(idOf(own.results[1]))).toMatchObject({
      losingValue: 'Ana, first', loser: { userId: ana.id, userName: 'Ana', hlc: first.hlc }, winner: { userId: ana.id, hlc: second.hlc },
    });
    expect(conflicts.get(idOf(stale.results[0]))).toMatchObject({
      losingValue: 'Ana, second', loser: { userId: ana.id, userName: 'Ana', hlc: second.hlc }, winner: { userId: ben.id, userName: 'Ben' },
    });
  });

  it('pages conflicts together with records in seq order, whatever the page size', async () => {
    const whole = await pullAll(server, tokens.ana!, undefined, 5000);
    expect(whole.conflicts.size).toBeGreaterThanOrEqual(6);
    const seen = new Map<string, number>();
    let cursor: string | undefined;
    let lastSeq = 0;
    for (let more = true; more; ) {
      const page = await pullPage(server, tokens.ana!, cursor, 1);
      const seqs = [...page.changes.map((c) => c.seq), ...page.conflicts.map((c) => c.seq)];
      expect(seqs.every((seq) => seq > lastSeq)).toBe(true);
      expect(page.changes.length).toBeLessThanOrEqual(1);
      expect(page.conflicts.length).toBeLessThanOrEqual(1);
      for (const c of page.conflicts) seen.set(c.id, c.seq);
      lastSeq = Math.max(lastSeq, ...seqs);
      cursor = page.cursor;
      more = page.hasMore;
    }
    const latest = [...whole.conflicts.values()].filter((c) => c.seq <= lastSeq);
    expect(new Map(latest.map((c) => [c.id, c.seq]))).toEqual(seen);
  });
  it('reads a page from one snapshot: a push landing between its queries is seen whole or not at all', async () => {
    const a = new TestClient();
    const b = new TestClient();
    const customer = await shared(a, b);
    await push(server, tokens.ana!, a, [a.update('customer', customer.id, { notes: 'from Ana' }, { notes: 'original' })]);
    const before = await pullAll(server, tokens.ben!);
    // Ben's later edit, made without seeing Ana's, wins: one push writes a record change and a conflict.
    const later = b.update('customer', customer.id, { notes: 'from Ben' }, { notes: 'original' });

    const paused = pauseAfterRecordQuery();
    const auth = await authenticate(server.db, `Bearer ${tokens.ben!}`, Date.now());
    const reading = pullChanges(server.db.withPlugin(paused.plugin), auth, await readServerEpoch(server.db), { cursor: before.cursor, limit: 1000 });
    await paused.reached;
    const pushing = push(server, tokens.ben!, b, [later]);
    // PostgreSQL commits the push meanwhile; PGlite's one connection makes it wait for the page.
    await Promise.race([pushing, new Promise((resolve) => setTimeout(resolve, 300))]);
    paused.resume();
    const page = pullResponseSchema.parse(JSON.parse(await reading));
    await pushing;

    const rest = await pullAll(server, tokens.ben!, page.cursor);
    const notes = [...page.changes, ...[...rest.records.values()].map((record) => ({ record }))]
      .flatMap((change) => ('record' in change && change.record.id === customer.id ? [change.record.notes] : []));
    expect(notes.at(-1)).toBe('from Ben');
    const conflicts = [...page.conflicts, ...rest.conflicts.values()].filter((c) => c.recordId === customer.id);
    expect(conflicts).toMatchObject([{ field: 'notes', winningValue: 'from Ben', losingValue: 'from Ana' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { mutationSchema } from '../../../shared/sync/mutation';
import { customerInput } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { createCustomer, deleteCustomer, updateCustomer } from './commands';

describe('customer commands', () => {
  it('writes the record and its insert mutation together', async () => {
    const db = await createTestDb();
    const row = expectOk(await createCustomer(db, customerInput()));
    expect(await db.customers.get(row.id)).toMatchObject({ name: 'Mercy Regional Hospital', deletedAt: null, nameKey: 'mercy regional hospital' });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ seq: 1, entity: 'customer', recordId: row.id, op: 'insert', base: {} });
    expect(outbox[0]!.patch).not.toHaveProperty('searchTokens');
    expect(outbox[0]!.patch).toMatchObject({ id: row.id, name: 'Mercy Regional Hospital', tier: 'life_safety' });
    const { refusedReason: _r, ...mutation } = outbox[0]!;
    expect(mutationSchema.safeParse(mutation).success).toBe(true);
  });

  it('refuses invalid input with field messages and writes nothing', async () => {
    const db = await createTestDb();
    const result = await createCustomer(db, customerInput({ name: ' ', tier: undefined }));
    expect(result).toEqual({
      ok: false,
      error: 'Customer name is required. Priority tier is required',
      issues: [{ path: 'name', message: 'Customer name is required' }, { path: 'tier', message: 'Priority tier is required' }],
    });
    expect(await db.customers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expectOk(await createCustomer(db, customerInput()));
    expect((await db.outbox.toArray()).map((m) => m.seq)).toEqual([1]);
  });

  it('allocates monotonic seq and increasing clocks across commands', async () => {
    const db = await createTestDb();
    const a = expectOk(await createCustomer(db, customerInput()));
    await createCustomer(db, customerInput({ name: '' }));
    expectOk(await updateCustomer(db, a.id, { notes: 'Gate code at security' }));
    expectOk(await deleteCustomer(db, a.id));
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.seq, m.op])).toEqual([[1, 'insert'], [2, 'update'], [3, 'delete']]);
    expect([...outbox.map((m) => m.hlc)].sort()).toEqual(outbox.map((m) => m.hlc));
    expect(new Set(outbox.map((m) => m.hlc)).size).toBe(3);
  });

  it('puts only changed fields in an update, with the values seen before editing as base', async () => {
    const db = await createTestDb();
    const c = expectOk(await createCustomer(db, customerInput()));
    const updated = expectOk(await updateCustomer(db, c.id, { name: 'Mercy Hospital', tier: 'life_safety', checkInCadenceDays: 14 }, { name: 'Mercy Regional Hosp.' }));
    expect(updated).toMatchObject({ name: 'Mercy Hospital', checkInCadenceDays: 14, nameKey: 'mercy hospital' });
    const mutation = (await db.outbox.orderBy('seq').last())!;
    expect(mutation.op).toBe('update');
    expect(mutation.patch).toEqual({ name: 'Mercy Hospital', checkInCadenceDays: 14 });
    expect(mutation.base).toEqual({ name: 'Mercy Regional Hosp.', checkInCadenceDays: 7 });
  });

  it('does not queue a mutation when nothing changed, and refuses invalid updates atomically', async () => {
    const db = await createTestDb();
    const c = expectOk(await createCustomer(db, customerInput()));
    expectOk(await updateCustomer(db, c.id, { name: 'Mercy Regional Hospital' }));
    const refused = await updateCustomer(db, c.id, { checkInCadenceDays: 0 });
    expect(refused).toMatchObject({ ok: false, issues: [{ path: 'checkInCadenceDays', message: 'Check-in cadence (days) must be at least 1' }] });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.customers.get(c.id))!.checkInCadenceDays).toBe(7);
  });

  it('gives new service points an id', async () => {
    const db = await createTestDb();
    const c = expectOk(await createCustomer(db, customerInput({ servicePoints: [{ address: '1 Main St' }] })));
    expect(c.servicePoints[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('soft-deletes: keeps a tombstone, drops it from search, refuses edits after', async () => {
    const db = await createTestDb();
    const c = expectOk(await createCustomer(db, customerInput()));
    const deleted = expectOk(await deleteCustomer(db, c.id));
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.searchTokens).toEqual([]);
    expect((await db.outbox.orderBy('seq').last())).toMatchObject({ op: 'delete', patch: { deletedAt: deleted.deletedAt }, base: { deletedAt: null } });
    expect(await updateCustomer(db, c.id, { notes: 'x' })).toMatchObject({ ok: false, error: 'This customer was deleted' });
  });
});

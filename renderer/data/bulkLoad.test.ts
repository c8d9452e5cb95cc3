import { describe, expect, it } from 'vitest';
import { mutationSchema } from '../../shared/sync/mutation';
import { bulkLoad } from './bulkLoad';
import { contactRecord, customerRecord, logRecord } from './testing/builders';
import { createTestDb } from './testing/testDb';

describe('bulkLoad', () => {
  it('validates, derives index fields and writes without outbox mutations by default', async () => {
    const db = await createTestDb();
    const good = customerRecord({ name: 'Bayview Water' });
    const bad = { ...customerRecord(), tier: 'vip', name: '' };
    const report = await bulkLoad(db, 'customers', [good, bad, 42]);
    expect(report).toMatchObject({ table: 'customers', received: 3, written: 1 });
    expect(report.rejected.map((r) => [r.index, r.id, r.issues.map((i) => i.message)])).toEqual([
      [1, bad.id, ['Customer name is required', 'Choose a valid priority tier']],
      [2, null, [expect.any(String)]],
    ]);
    expect(await db.customers.get(good.id)).toMatchObject({ nameKey: 'bayview water', tierRank: 0, hasGenerator: 0, serviceAreas: ['Lakeshore'] });
    expect((await db.customers.get(good.id))!.searchTokens).toEqual(expect.arrayContaining(['bayview', 'water', '4001000111']));
    expect(await db.outbox.count()).toBe(0);
  });

  it('loads many contacts with search tokens in one call', async () => {
    const db = await createTestDb();
    const customer = customerRecord();
    const contacts = Array.from({ length: 5000 }, (_, i) => contactRecord(customer.id, { name: `Person ${i}`, escalationOrder: i + 1 }));
    await bulkLoad(db, 'customers', [customer]);
    const report = await bulkLoad(db, 'contacts', contacts, { chunkSize: 1000 });
    expect(report.written).toBe(5000);
    expect(await db.contacts.count()).toBe(5000);
    expect(await db.contacts.where('searchTokens').equals('5550107').count()).toBe(5000);
  });

  it('keeps last-contacted times derived from the log whichever table loads first', async () => {
    const db = await createTestDb();
    const a = customerRecord({ name: 'A' });
    const b = customerRecord({ name: 'B' });
    await bulkLoad(db, 'customers', [a]);
    await bulkLoad(db, 'logEntries', [
      logRecord({ customerId: a.id, occurredAt: '2025-01-10T10:00:00.000Z', recordedAt: '2025-01-10T10:00:00.000Z' }),
      logRecord({ customerId: a.id, occurredAt: '2025-01-12T10:00:00.000Z', recordedAt: '2025-01-12T10:00:00.000Z' }),
      logRecord({ customerId: a.id, direction: 'internal', occurredAt: '2025-01-14T10:00:00.000Z', recordedAt: '2025-01-14T10:00:00.000Z' }),
      logRecord({ customerId: b.id, occurredAt: '2025-01-11T10:00:00.000Z', recordedAt: '2025-01-11T10:00:00.000Z' }),
    ]);
    expect(await db.lastContacts.get(a.id)).toEqual({ customerId: a.id, at: '2025-01-12T10:00:00.000Z' });
    await bulkLoad(db, 'customers', [b, { ...a, notes: 'Updated from server' }]);
    await bulkLoad(db, 'logEntries', [logRecord({ customerId: a.id, occurredAt: '2025-01-11T09:00:00.000Z', recordedAt: '2025-01-11T09:00:00.000Z' })]);
    expect(await db.lastContacts.toArray()).toEqual([
      { customerId: a.id, at: '2025-01-12T10:00:00.000Z' },
      { customerId: b.id, at: '2025-01-11T10:00:00.000Z' },
    ].sort((x, y) => x.customerId.localeCompare(y.customerId)));
    expect(await db.customers.get(a.id)).toMatchObject({ notes: 'Updated from server' });
  });

  it('can queue insert mutations for imported records, with consecutive seq', async () => {
    const db = await createTestDb();
    const records = [customerRecord({ name: 'A' }), customerRecord({ name: 'B' })];
    await bulkLoad(db, 'customers', records, { recordMutations: true });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.seq, m.op, m.recordId])).toEqual([[1, 'insert', records[0]!.id], [2, 'insert', records[1]!.id]]);
    const { refusedReason: _r, ...mutation } = outbox[0]!;
    expect(mutationSchema.safeParse(mutation).success).toBe(true);
    expect(outbox[0]!.patch).not.toHaveProperty('searchTokens');
  });

  it('replaces a contact that moved to another customer instead of duplicating it', async () => {
    const db = await createTestDb();
    const [a, b] = [customerRecord({ name: 'A' }), customerRecord({ name: 'B' })];
    const contact = contactRecord(a.id, { name: 'Moving Person' });
    await bulkLoad(db, 'customers', [a, b]);
    await bulkLoad(db, 'contacts', [contact]);
    const report = await bulkLoad(db, 'contacts', [{ ...contact, customerId: b.id }]);
    expect(report.written).toBe(1);
    expect(await db.contacts.toCollection().primaryKeys()).toEqual([[b.id, contact.id]]);
  });
});

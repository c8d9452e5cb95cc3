import { describe, expect, it } from 'vitest';
import { mutationSchema } from '../../../shared/sync/mutation';
import type { ImportCustomerGroup } from './importDirectory';
import { importDirectory } from './importDirectory';
import { existingAccountKeys } from './existingAccounts';
import { createCustomer, deleteCustomer } from '../customers/commands';
import { contactsOfCustomer } from '../contacts/queries';
import { customerInput } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';

const group = (account: string, contacts: string[] = []): ImportCustomerGroup => ({
  customer: {
    name: `Customer ${account}`, accountNumber: account, premiseId: '', tier: 'other', facilityType: 'commercial',
    servicePoints: [{ id: 'sp-1', address: `${account} Main St`, feeder: '', substation: '', serviceArea: 'Downtown' }],
    backupGeneration: { present: false, sizeKw: null, fuelHours: null, transferSwitch: 'none', status: 'unknown' },
    assignedLiaisonId: null, assignedLiaisonName: null, checkInCadenceDays: 30, notes: '',
  },
  contacts: contacts.map((name, i) => ({
    contact: { name, role: '', phones: [{ label: '', number: '(207) 555-0100', available24x7: false }], emails: [], preferredChannel: 'phone', escalationOrder: i + 1, notes: '' },
  })),
});

describe('importDirectory', () => {
  it('writes customers, contacts and one insert mutation per record, in consecutive seq order', async () => {
    const db = await createTestDb({ regionId: 'region-north' });
    const progress: [number, number][] = [];
    const result = expectOk(await importDirectory(db, [group('1001', ['Ann', 'Bo']), group('1002'), group('1003', ['Cy'])], {
      batchSize: 2, onProgress: (done, total) => progress.push([done, total]),
    }));
    expect(result).toEqual({ customers: 3, contacts: 3, skippedAccounts: [] });
    expect(progress).toEqual([[2, 3], [3, 3]]);

    const customers = await db.customers.orderBy('nameKey').toArray();
    expect(customers.map((c) => [c.name, c.scopeId, c.serviceAreas])).toEqual([
      ['Customer 1001', 'region-north', ['Downtown']],
      ['Customer 1002', 'region-north', ['Downtown']],
      ['Customer 1003', 'region-north', ['Downtown']],
    ]);
    expect(customers[0]!.servicePoints[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    const contacts = await contactsOfCustomer(db, customers[0]!.id);
    expect(contacts.map((c) => [c.name, c.escalationOrder, c.scopeId])).toEqual([['Ann', 1, 'region-north'], ['Bo', 2, 'region-north']]);
    expect(await db.contacts.where('searchTokens').equals('5550100').count()).toBe(3);

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.seq, m.entity, m.op])).toEqual([
      [1, 'customer', 'insert'], [2, 'contact', 'insert'], [3, 'contact', 'insert'], [4, 'customer', 'insert'], [5, 'customer', 'insert'], [6, 'contact', 'insert'],
    ]);
    expect(outbox[0]!.patch).toMatchObject({ id: customers[0]!.id, name: 'Customer 1001' });
    expect(outbox[0]!.patch).not.toHaveProperty('searchTokens');
    for (const { refusedReason: _r, ...mutation } of outbox) expect(mutationSchema.safeParse(mutation).success).toBe(true);
  });

  it('splits batches by what they write: customers with many contacts go fewer per transaction', async () => {
    const db = await createTestDb();
    // 30 contacts with 2,000-character notes: ~70 KB of input, ~280 KB written; two fit in a batch.
    const crowded = (account: string) => {
      const g = group(account, Array.from({ length: 30 }, (_, i) => `Contact ${i}`));
      return { ...g, contacts: g.contacts.map(({ contact }) => ({ contact: { ...contact, notes: 'n'.repeat(2_000) } })) };
    };
    const progress: number[] = [];
    const groups = [crowded('4001'), crowded('4002'), crowded('4003'), group('4004'), group('4005')];
    expectOk(await importDirectory(db, groups, { onProgress: (done) => progress.push(done) }));
    expect(progress).toEqual([2, 5]);
    expect(await db.contacts.count()).toBe(90);
  });

  it('skips accounts already in the directory (whatever their punctuation) but not deleted ones', async () => {
    const db = await createTestDb();
    expectOk(await createCustomer(db, customerInput({ accountNumber: '2001-000' })));
    const deleted = expectOk(await createCustomer(db, customerInput({ accountNumber: '2002' })));
    expectOk(await deleteCustomer(db, deleted.id));
    expect(await existingAccountKeys(db, ['2001000', '2002', '2003'])).toEqual(new Set(['2001000']));

    const result = expectOk(await importDirectory(db, [group('2001000', ['Dee']), group('2002'), group('2003')]));
    expect(result).toEqual({ customers: 2, contacts: 0, skippedAccounts: ['2001000'] });
    expect(await db.customers.count()).toBe(4);
  });

  it('refuses an invalid group without writing its batch', async () => {
    const db = await createTestDb();
    const bad = group('3001');
    bad.customer = { ...bad.customer, name: '' };
    const result = await importDirectory(db, [group('3000'), bad]);
    expect(result).toMatchObject({ ok: false, error: 'Customer name is required (0 customers and 0 contacts were saved before this)' });
    expect(await db.customers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer } from '../customers/commands';
import { contactInput, customerInput } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { createContact, deleteContact, reorderEscalation, updateContact } from './commands';
import { contactsOfCustomer } from './queries';

async function customerWithThree() {
  const db = await createTestDb();
  const customer = expectOk(await createCustomer(db, customerInput()));
  const a = expectOk(await createContact(db, contactInput(customer.id, { name: 'Ann Lee' })));
  const b = expectOk(await createContact(db, contactInput(customer.id, { name: 'Bo Chen' })));
  const c = expectOk(await createContact(db, contactInput(customer.id, { name: 'Cy Patel' })));
  return { db, customer, a, b, c };
}

describe('contact commands', () => {
  it('appends new contacts to the escalation order and inherits the customer scope', async () => {
    const { db, customer, a, b, c } = await customerWithThree();
    expect([a.escalationOrder, b.escalationOrder, c.escalationOrder]).toEqual([1, 2, 3]);
    expect(a.scopeId).toBe(customer.scopeId);
    expect(a.searchTokens).toEqual(expect.arrayContaining(['ann', 'lee', '5550142']));
    expect(await db.outbox.count()).toBe(4);
  });

  it('refuses a contact for a missing or deleted customer', async () => {
    const db = await createTestDb();
    const customer = expectOk(await createCustomer(db, customerInput()));
    expectOk(await deleteCustomer(db, customer.id));
    const r = await createContact(db, contactInput(customer.id));
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'customerId', message: 'Choose an existing customer for this contact' }] });
    expect(await db.contacts.count()).toBe(0);
  });

  it('reorders the escalation list with one mutation per moved contact', async () => {
    const { db, customer, a, b, c } = await customerWithThree();
    const before = await db.outbox.count();
    expectOk(await reorderEscalation(db, customer.id, [c.id, b.id, a.id]));
    expect((await contactsOfCustomer(db, customer.id)).map((x) => x.name)).toEqual(['Cy Patel', 'Bo Chen', 'Ann Lee']);
    const mutations = (await db.outbox.orderBy('seq').toArray()).slice(before);
    expect(mutations.map((m) => [m.recordId, m.patch, m.base])).toEqual([
      [c.id, { escalationOrder: 1 }, { escalationOrder: 3 }],
      [a.id, { escalationOrder: 3 }, { escalationOrder: 1 }],
    ]);
  });

  it('refuses an order that does not list each contact once, changing nothing', async () => {
    const { db, customer, a, b } = await customerWithThree();
    const before = await db.outbox.count();
    const r = await reorderEscalation(db, customer.id, [b.id, a.id, a.id]);
    expect(r).toMatchObject({ ok: false, error: "The new order must list each of this customer's contacts exactly once" });
    expect((await contactsOfCustomer(db, customer.id)).map((x) => x.name)).toEqual(['Ann Lee', 'Bo Chen', 'Cy Patel']);
    expect(await db.outbox.count()).toBe(before);
  });

  it('updates changed fields and soft-deletes', async () => {
    const { db, customer, a, b } = await customerWithThree();
    const updated = expectOk(await updateContact(db, a.id, { phones: [{ label: 'Desk', number: '212-555-0199', available24x7: false }] }));
    expect(updated.searchTokens).toContain('5550199');
    expect((await db.outbox.orderBy('seq').last())!.patch).toEqual({ phones: [{ label: 'Desk', number: '212-555-0199', available24x7: false }] });
    expectOk(await deleteContact(db, b.id));
    expect((await contactsOfCustomer(db, customer.id)).map((x) => x.name)).toEqual(['Ann Lee', 'Cy Patel']);
    expect(await updateContact(db, b.id, { name: 'Bob' })).toMatchObject({ ok: false, error: 'This contact was deleted' });
  });

  it('moves a contact to another customer', async () => {
    const { db, customer, a } = await customerWithThree();
    const other = expectOk(await createCustomer(db, customerInput({ name: 'Other Site' })));
    expectOk(await updateContact(db, a.id, { customerId: other.id }));
    expect((await contactsOfCustomer(db, customer.id)).map((x) => x.name)).toEqual(['Bo Chen', 'Cy Patel']);
    expect((await contactsOfCustomer(db, other.id)).map((x) => x.name)).toEqual(['Ann Lee']);
    expect(await db.contacts.where('id').equals(a.id).count()).toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { bulkLoad } from '../bulkLoad';
import { deleteContact, updateContact } from '../contacts/commands';
import { deleteCustomer, updateCustomer } from '../customers/commands';
import { contactRecord, customerRecord } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { searchDirectory } from './searchDirectory';

async function directory() {
  const db = await createTestDb();
  const mercy = customerRecord({
    name: 'Mercy Regional Hospital', accountNumber: '3001-245-678', tier: 'life_safety', facilityType: 'hospital',
    servicePoints: [{ id: 's1', address: '1200 River Rd, Lakeport', feeder: 'FDR-2104', substation: 'Riverton', serviceArea: 'Riverside' }],
  });
  const plant = customerRecord({ name: 'Lakeport Water Treatment Plant', accountNumber: '4001-000-111' });
  const mall = customerRecord({ name: 'Hernandez Foods Distribution', accountNumber: '5001-777-888', tier: 'major_commercial', facilityType: 'commercial' });
  const maria = contactRecord(mercy.id, { name: 'María Hernández', phones: [{ label: 'Cell', number: '(415) 555-0142', available24x7: true }], emails: ['m.hernandez@mercy.org'] });
  const james = contactRecord(plant.id, { name: 'James Okafor', phones: [{ label: 'Desk', number: '212.555.0107', available24x7: true }] });
  await bulkLoad(db, 'customers', [mercy, plant, mall]);
  await bulkLoad(db, 'contacts', [maria, james]);
  return { db, mercy, plant, mall, maria, james };
}

const names = (hits: { customer: { name: string } }[]) => hits.map((h) => h.customer.name);

describe('directory search', () => {
  it('finds customers by a fragment of a contact name and says which contact matched', async () => {
    const { db, maria } = await directory();
    const hits = await searchDirectory(db, 'hern');
    expect(names(hits)).toEqual(['Hernandez Foods Distribution', 'Mercy Regional Hospital']);
    expect(hits[1]!.matches).toEqual([{ kind: 'contact', contactId: maria.id, contactName: 'María Hernández', field: 'name' }]);
    expect(hits[0]!.matches).toEqual([{ kind: 'customer', field: 'name' }]);
    expect(names(await searchDirectory(db, 'Okaf'))).toEqual(['Lakeport Water Treatment Plant']);
  });

  it('sees every write between two keystrokes (what successive searches share is dropped on writes)', async () => {
    const { db, mercy, maria } = await directory();
    expect(names(await searchDirectory(db, 'hern'))).toEqual(['Hernandez Foods Distribution', 'Mercy Regional Hospital']);
    expectOk(await updateContact(db, maria.id, { name: 'María Castillo' }));
    expect(names(await searchDirectory(db, 'hern'))).toEqual(['Hernandez Foods Distribution']);
    expectOk(await updateCustomer(db, mercy.id, { name: 'Mercy Hernandez Hospital' }));
    const hits = await searchDirectory(db, 'hern');
    expect(names(hits)).toEqual(['Mercy Hernandez Hospital', 'Hernandez Foods Distribution']);
    expect(hits[0]!.matches).toEqual([{ kind: 'customer', field: 'name' }]);
  });

  it('finds phone numbers by any run of digits, whatever the punctuation', async () => {
    const { db } = await directory();
    for (const q of ['5550142', '555-0142', '(415) 555-0142', '4155550142', '0142', '55014']) {
      expect(names(await searchDirectory(db, q)), q).toEqual(['Mercy Regional Hospital']);
    }
    const hits = await searchDirectory(db, '555-0107');
    expect(names(hits)).toEqual(['Lakeport Water Treatment Plant']);
    expect(hits[0]!.matches).toEqual([expect.objectContaining({ kind: 'contact', field: 'phone' })]);
  });

  it('finds account numbers with or without dashes, and by their last digits', async () => {
    const { db } = await directory();
    for (const q of ['3001-245-678', '3001245678', '3001', '5678']) {
      const hits = await searchDirectory(db, q);
      expect(names(hits), q).toEqual(['Mercy Regional Hospital']);
      expect(hits[0]!.matches).toEqual([{ kind: 'customer', field: 'account' }]);
    }
  });

  it('finds addresses, feeders and emails', async () => {
    const { db } = await directory();
    expect(names(await searchDirectory(db, 'river rd'))).toEqual(['Mercy Regional Hospital']);
    expect(names(await searchDirectory(db, 'FDR-2104'))).toEqual(['Mercy Regional Hospital']);
    expect(names(await searchDirectory(db, 'm.hernandez@mer'))).toEqual(['Mercy Regional Hospital']);
    expect(names(await searchDirectory(db, 'lakeport'))).toEqual(['Lakeport Water Treatment Plant', 'Mercy Regional Hospital', 'Hernandez Foods Distribution']);
  });

  it('requires every word to match the same customer or one of its contacts', async () => {
    const { db } = await directory();
    expect(names(await searchDirectory(db, 'mercy hern'))).toEqual(['Mercy Regional Hospital']);
    expect(names(await searchDirectory(db, 'hern foods'))).toEqual(['Hernandez Foods Distribution']);
    expect(names(await searchDirectory(db, 'mercy okafor'))).toEqual([]);
    expect(names(await searchDirectory(db, 'lakeport 0142'))).toEqual(['Mercy Regional Hospital']);
    expect(await searchDirectory(db, '   ')).toEqual([]);
  });

  it('leaves out deleted customers and contacts', async () => {
    const { db, mall, maria } = await directory();
    expectOk(await deleteCustomer(db, mall.id));
    expectOk(await deleteContact(db, maria.id));
    expect(await searchDirectory(db, 'hern')).toEqual([]);
    expect(await searchDirectory(db, '0142')).toEqual([]);
  });

  it('stays correct when one word matches too many records to read them all', async () => {
    const db = await createTestDb();
    const customers = Array.from({ length: 400 }, (_, i) => customerRecord({ name: `Valley Clinic ${i}`, accountNumber: `9${String(i).padStart(9, '0')}` }));
    const contacts = customers.map((c, i) => contactRecord(c.id, { name: i === 321 ? 'Zed Quill' : 'John Smith' }));
    await bulkLoad(db, 'customers', customers);
    await bulkLoad(db, 'contacts', contacts);
    expect(names(await searchDirectory(db, 'valley zed'))).toEqual(['Valley Clinic 321']);
    expect(names(await searchDirectory(db, 'zed valley clin'))).toEqual(['Valley Clinic 321']);
    const broad = await searchDirectory(db, 'valley john');
    expect(broad).toHaveLength(50);
    expect(broad.every((h) => h.matches.some((m) => m.kind === 'contact' && m.contactName === 'John Smith'))).toBe(true);
    // With a small key budget both 'valley' and 'john' are unselective: results are verified on records.
    const capped = await searchDirectory(db, 'valley john', 50, { keyCap: 60 });
    expect(capped).toHaveLength(50);
    expect(capped.every((h) => h.customer.name.startsWith('Valley Clinic') && h.matches.some((m) => m.kind === 'contact' && m.contactName === 'John Smith'))).toBe(true);
    expect(names(await searchDirectory(db, 'valley zed', 50, { keyCap: 60 }))).toEqual(['Valley Clinic 321']);
    expect(names(await searchDirectory(db, 'clinic 321 smith', 50, { keyCap: 60 }))).toEqual([]);
    expect(names(await searchDirectory(db, 'clinic 321 quill', 50, { keyCap: 60 }))).toEqual(['Valley Clinic 321']);
  });

  it('answers words typed from one name as a phrase, even when each word alone is too common to read', async () => {
    const db = await createTestDb();
    const customers = Array.from({ length: 120 }, (_, i) => customerRecord({ name: `Harbor Site ${i}`, accountNumber: `7${String(i).padStart(5, '0')}` }));
    // 40 Nancy Flores, 40 other Nancys, 40 other Floreses: with 20 keys per word neither word alone finds them.
    const contacts = customers.map((c, i) => contactRecord(c.id, { name: ['Nancy Flores', 'Nancy Okafor', 'Dmitri Flores'][i % 3]! }));
    await bulkLoad(db, 'customers', customers);
    await bulkLoad(db, 'contacts', contacts);
    for (const [query, keyCap] of [['nancy flo', 20], ['Nancy Flores', 20], ['nancyflores', undefined]] as const) {
      const hits = await searchDirectory(db, query, 30, { keyCap });
      expect(hits, query).toHaveLength(30);
      expect(hits.every((h) => h.matches.some((m) => m.kind === 'contact' && m.contactName === 'Nancy Flores')), query).toBe(true);
    }
    // Fewer than a page hold the phrase: every word is looked up on its own, across customer and contact.
    expect(names(await searchDirectory(db, 'site 72 flores', 30))).toEqual(['Harbor Site 72']);
    expect(names(await searchDirectory(db, 'harbor site 10', 30))).toEqual(['Harbor Site 10', 'Harbor Site 100', 'Harbor Site 101', 'Harbor Site 102', 'Harbor Site 103', 'Harbor Site 104', 'Harbor Site 105', 'Harbor Site 106', 'Harbor Site 107', 'Harbor Site 108', 'Harbor Site 109']);
  });

  it('reuses what a shorter prefix read while every token it found extends the word, and only then', async () => {
    const { db } = await directory();
    const lookups = vi.spyOn(db.contacts, 'where');
    expect(names(await searchDirectory(db, 'mercy herna'))).toEqual(['Mercy Regional Hospital']);
    const afterHerna = lookups.mock.calls.length;
    // Every token starting with "herna" is "hernandez": the next letters read nothing more.
    expect(names(await searchDirectory(db, 'mercy hernan'))).toEqual(['Mercy Regional Hospital']);
    expect(names(await searchDirectory(db, 'mercy hernandez'))).toEqual(['Mercy Regional Hospital']);
    expect(lookups.mock.calls.length).toBe(afterHerna);
    // "hern" also finds the Hernandez Foods name run, but "herno" does not extend it: read again, find nothing.
    expect(names(await searchDirectory(db, 'hern foods'))).toEqual(['Hernandez Foods Distribution']);
    expect(names(await searchDirectory(db, 'hernando foods'))).toEqual([]);
    expect(lookups.mock.calls.length).toBeGreaterThan(afterHerna);
  });
});

// The worker's pipeline without the Worker: real fixture files through papaparse / exceljs, the shared
// checks, and the data layer's import on fake-indexeddb. Exactly the bad lines are reported and
// exactly the good rows end up in the directory.
import { describe, expect, it } from 'vitest';
import { csvFixture, directoryWorkbookBytes, xlsxFixture } from '../../../../test/fixtures/directoryWorkbook';
import type { LiaisonDb } from '../../../data/db';
import { contactsOfCustomer } from '../../../data/contacts/queries';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { existingAccountKeys } from '../../../data/transfer/existingAccounts';
import { importDirectory } from '../../../data/transfer/importDirectory';
import { checkTable, previewTable } from './importSession';
import { readTable } from './readTable';
import type { Table } from './readTable';

async function importTable(db: LiaisonDb, table: Table) {
  const preview = previewTable('file', table);
  const result = await checkTable(table, preview.guessedMapping, { existingAccounts: (keys) => existingAccountKeys(db, keys) });
  if (!result) throw new Error('stopped');
  const report = expectOk(await importDirectory(db, result.plan.customers));
  return { preview, check: result.check, report };
}

const namesIn = async (db: LiaisonDb) => (await db.customers.toArray()).map((c) => c.name).sort();
const badLinesOf = (skipped: { line: number; reasons: string[] }[]) => skipped.map((s) => ({ line: s.line, reason: s.reasons.join('; ') }));

describe('import of the fixture files', () => {
  it('CSV: reports exactly the bad lines (multi-line cells counted) and imports exactly the good rows', async () => {
    const db = await createTestDb();
    const progress: (number | null)[] = [];
    const table = await readTable('csv', csvFixture.bytes(), (f) => progress.push(f));
    expect(progress.at(-1)).toBe(1);
    const { preview, check, report } = await importTable(db, table);
    expect(preview.headerLine).toBe(1);
    expect(preview.sample[0]!.line).toBe(2);
    expect(badLinesOf(check.skipped)).toEqual(csvFixture.badLines);
    expect(check).toMatchObject({ rowCount: 12, customerCount: 5, contactCount: 5 });
    expect(report).toEqual({ customers: 5, contacts: 5, skippedAccounts: [] });
    expect(await namesIn(db)).toEqual([...csvFixture.goodCustomers].sort());
    expect(await db.contacts.count()).toBe(csvFixture.contactCount);
    expect(await db.outbox.count()).toBe(10);

    const shelter = (await db.customers.toArray()).find((c) => c.name === 'Eastfield Shelter')!;
    expect(shelter.notes).toBe('Gym used as shelter;\r\ncots for 200');
    const hospital = (await db.customers.toArray()).find((c) => c.name === 'Harbor View Hospital')!;
    expect(hospital).toMatchObject({ tier: 'life_safety', backupGeneration: { present: true, fuelHours: 96 }, serviceAreas: ['Lakeshore'] });
    const contacts = await contactsOfCustomer(db, hospital.id);
    expect(contacts.map((c) => [c.name, c.escalationOrder, c.phones.map((p) => `${p.label}|${p.number}|${p.available24x7}`)])).toEqual([
      ['Alicia Moreno', 1, ['Cell|(207) 555-0111|false', '|(207) 555-0112|true']],
      ['Ben Carter', 2, ['|+1-207-555-0113|false']],
    ]);
  });

  it('xlsx: reports Excel row numbers, reads number and formula cells, imports exactly the good rows', async () => {
    const db = await createTestDb();
    const table = await readTable('xlsx', await directoryWorkbookBytes(), () => undefined);
    expect(table.sheetName).toBe(xlsxFixture.sheetName);
    const { check, report } = await importTable(db, table);
    expect(badLinesOf(check.skipped)).toEqual(xlsxFixture.badLines);
    expect(report).toMatchObject({ customers: 4, contacts: 4 });
    expect(await namesIn(db)).toEqual([...xlsxFixture.goodCustomers].sort());
    const all = await db.customers.toArray();
    expect(all.find((c) => c.name === 'Marston Wastewater')!.accountNumber).toBe('7200000002');
    expect(all.find((c) => c.name === 'Bayview Telecom Exchange')!.backupGeneration.fuelHours).toBe(48);
    const medical = all.find((c) => c.name === 'Lakeshore Regional Medical')!;
    expect((await contactsOfCustomer(db, medical.id)).map((c) => c.phones[0]!.number)).toEqual(['2075550121', '+1 207 555 0122']);
  });

  it('a second import of the same file skips every account as already in the directory', async () => {
    const db = await createTestDb();
    const table = await readTable('csv', csvFixture.bytes(), () => undefined);
    await importTable(db, table);
    const again = await checkTable(table, previewTable('file', table).guessedMapping, { existingAccounts: (keys) => existingAccountKeys(db, keys) });
    expect(again!.check.customerCount).toBe(0);
    expect(again!.check.skipped.filter((s) => s.kind === 'existing').map((s) => s.line)).toEqual([2, 3, 5, 7, 11, 15]);
    expect(again!.check.skipped.find((s) => s.line === 2)!.reasons).toEqual(['Account 7100-000-001 is already in the directory']);
  });

  it('stops a check that a newer mapping replaced', async () => {
    const table = await readTable('csv', csvFixture.bytes(), () => undefined);
    const stopped = await checkTable(table, previewTable('file', table).guessedMapping, { existingAccounts: async () => new Set(), shouldStop: () => true });
    expect(stopped).toBeNull();
  });

  it('reports an unclosed quote as a problem of the file on its line', async () => {
    const bytes = new TextEncoder().encode('Account #,Customer Name,Tier,Facility Type\r\n1,Good,Other,Other\r\n2,"Broken,Other,Other\r\n');
    const table = await readTable('csv', bytes, () => undefined);
    const result = await checkTable(table, previewTable('f', table).guessedMapping, { existingAccounts: async () => new Set() });
    expect(badLinesOf(result!.check.skipped)).toEqual([{ line: 3, reason: 'A quoted cell is never closed (a " is missing)' }]);
  });

  it('reads Windows-1252 CSV files (older Excel) without mangling accents', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Account #,Customer Name,Tier,Facility Type\r\n1,Pe'), 0xf1, ...new TextEncoder().encode('a Clinic,Other,Other\r\n')]);
    const table = await readTable('csv', bytes, () => undefined);
    expect(table.rows[0]!.cells[1]).toBe('Peña Clinic');
  });
});

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportHeader } from '../../../../shared/transfer/exportRows';
import { createContact } from '../../../data/contacts/commands';
import { createCustomer } from '../../../data/customers/commands';
import type { LiaisonDb } from '../../../data/db';
import { contactInput, customerInput } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { exportDirectory } from '../../../data/transfer/exportDirectory';
import type { CustomerFilters } from '../../../data/customers/queries';
import { createExportFile } from './exportFile';
import type { ExportFormat } from './exportFile';

async function seed(db: LiaisonDb) {
  const risky = expectOk(await createCustomer(db, customerInput({ name: 'Pine Ridge Dialysis', accountNumber: '1', notes: '=HYPERLINK("http://evil.example","details")' })));
  expectOk(await createContact(db, contactInput(risky.id, { name: 'Ed Park', phones: [{ label: '', number: '+1-207-555-0113', available24x7: true }], emails: ['ed@x.org'] })));
  expectOk(await createContact(db, contactInput(risky.id, { name: '-Dash First', role: '@admin' })));
  expectOk(await createCustomer(db, customerInput({ name: 'Quiet Mall', accountNumber: '2', tier: 'major_commercial', facilityType: 'commercial', backupGeneration: undefined })));
}

async function build(db: LiaisonDb, format: ExportFormat, filters: CustomerFilters = {}) {
  const file = createExportFile(format);
  const customers = await exportDirectory(db, (items) => file.add(items), { filters, batchSize: 1 });
  return { customers, rows: file.rowCount, bytes: await file.finish() };
}

describe('export file', () => {
  it('CSV: every cell quoted, formulas and leading + - @ neutralized, one row per contact', async () => {
    const db = await createTestDb();
    await seed(db);
    const { customers, rows, bytes } = await build(db, 'csv');
    expect([customers, rows]).toEqual([2, 3]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF"Account #","Customer name"')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""details"")"');
    expect(text).toContain('"\'+1-207-555-0113"');
    expect(text).toContain('"\'-Dash First"');
    expect(text).toContain('"\'@admin"');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(exportHeader);
    expect(parsed).toHaveLength(4);
    expect(parsed.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('xlsx: text cells neutralized, numbers stay numbers, header bold and frozen', async () => {
    const db = await createTestDb();
    await seed(db);
    const { bytes } = await build(db, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.getWorksheet('Customers')!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(4);
    const column = (name: string) => exportHeader.indexOf(name) + 1;
    const pine = sheet.getRow(2);
    expect(pine.getCell(column('Customer notes')).value).toBe('\'=HYPERLINK("http://evil.example","details")');
    expect(pine.getCell(column('Fuel hours')).value).toBe(72);
    const values = sheet.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(values.filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
    expect(values).toContain("'+1-207-555-0113");
  });

  it('exports only the customers matching the filters', async () => {
    const db = await createTestDb();
    await seed(db);
    const { customers, bytes } = await build(db, 'csv', { tiers: ['major_commercial'] });
    expect(customers).toBe(1);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"Quiet Mall"');
    expect(text).not.toContain('Pine Ridge');
  });
});

import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact';
import type { Customer } from '../domain/customer';
import { guessMapping } from './columnMapping';
import { customerExportRows, exportHeader } from './exportRows';
import { planImport } from './importPlan';

const base = { scopeId: 'region-1', createdAt: '2025-01-15T12:00:00.000Z', updatedAt: '2025-01-15T12:00:00.000Z', updatedBy: 'u', deletedAt: null };
const customer: Customer = {
  ...base, id: '01900000-0000-7000-8000-000000000001',
  name: '=HYPERLINK("http://evil.example","Mercy")', accountNumber: '3001-245-678', premiseId: 'PR1', tier: 'life_safety', facilityType: 'hospital',
  servicePoints: [
    { id: 'a', address: '1200 River Rd', feeder: 'FDR-2104', substation: 'Riverton', serviceArea: 'Riverside' },
    { id: 'b', address: '9 Annex Way', feeder: '', substation: '', serviceArea: 'Riverside' },
  ],
  backupGeneration: { present: true, sizeKw: 2000, fuelHours: 72, transferSwitch: 'automatic', status: 'operational' },
  assignedLiaisonId: 'l1', assignedLiaisonName: 'Dana Liaison', checkInCadenceDays: 7, notes: '@risk: generator test Tuesdays',
};
const contact = (o: Partial<Contact>): Contact => ({
  ...base, id: '01900000-0000-7000-8000-000000000002', customerId: customer.id, name: 'María Hernández', role: 'Facilities',
  phones: [{ label: 'Cell', number: '+1-415-555-0142', available24x7: false }, { label: '', number: '(415) 555-0100', available24x7: true }],
  emails: ['m@mercy.org'], preferredChannel: 'phone', escalationOrder: 1, notes: '', ...o,
});

describe('customerExportRows', () => {
  const rows = customerExportRows({ ...customer, lastContactedAt: '2025-01-14T09:00:00.000Z' }, [
    contact({ name: 'Second', escalationOrder: 2, phones: [{ label: '', number: '+1 212 555 0107', available24x7: true }], emails: [] }),
    contact({}),
    contact({ name: 'Gone', deletedAt: base.createdAt }),
  ]);
  const cell = (row: number, column: string) => rows[row]![exportHeader.indexOf(column)];

  it('writes one row per live contact in escalation order, then further service points', () => {
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === exportHeader.length)).toBe(true);
    expect([cell(0, 'Contact name'), cell(1, 'Contact name'), cell(2, 'Contact name')]).toEqual(['María Hernández', 'Second', '']);
    expect([cell(0, 'Address'), cell(1, 'Address'), cell(2, 'Address')]).toEqual(['1200 River Rd', '1200 River Rd', '9 Annex Way']);
    expect([cell(0, 'Priority tier'), cell(0, 'Facility type'), cell(0, 'Backup generator'), cell(0, 'Fuel hours')]).toEqual([
      'Life-safety critical', 'Hospital', 'Yes', 72,
    ]);
    expect([cell(0, 'Assigned liaison'), cell(0, 'Last contacted')]).toEqual(['Dana Liaison', '2025-01-14T09:00:00.000Z']);
  });

  it('neutralizes formula-like text and keeps phones readable behind the quote', () => {
    expect(cell(0, 'Customer name')).toBe('\'=HYPERLINK("http://evil.example","Mercy")');
    expect(cell(0, 'Customer notes')).toBe("'@risk: generator test Tuesdays");
    expect(cell(0, 'Phone')).toBe('Cell: +1-415-555-0142');
    expect(cell(1, '24/7 phone')).toBe("'+1 212 555 0107");
    const textCells = rows.flat().filter((c): c is string => typeof c === 'string');
    expect(textCells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('comes back through import as the same customer and contacts', () => {
    const plan = planImport(rows.map((cells, i) => ({ line: i + 2, cells: cells.map(String) })), guessMapping(exportHeader));
    expect(plan.problems).toEqual([]);
    const [back] = plan.customers;
    const { id: _id, scopeId: _s, createdAt: _c, updatedAt: _u, updatedBy: _b, deletedAt: _d, assignedLiaisonId: _l, assignedLiaisonName: _n, servicePoints, ...fields } = customer;
    expect(back!.customer).toMatchObject(fields);
    expect(back!.customer.servicePoints.map((sp) => sp.address)).toEqual(servicePoints.map((sp) => sp.address));
    expect(back!.contacts.map((c) => [c.contact.name, c.contact.escalationOrder, c.contact.phones])).toEqual([
      ['María Hernández', 1, contact({}).phones],
      ['Second', 2, [{ label: '', number: '+1 212 555 0107', available24x7: true }]],
    ]);
  });
});

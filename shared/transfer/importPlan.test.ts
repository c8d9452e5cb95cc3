import { describe, expect, it } from 'vitest';
import { guessMapping } from './columnMapping';
import { planImport } from './importPlan';

const HEADER = ['Account #', 'Customer Name', 'Tier', 'Facility Type', 'Address', 'Feeder', 'Generator', 'Fuel Hours', 'Contact Name', 'Phone', '24/7 Phone', 'Email'];
const mapping = guessMapping(HEADER);

/** Rows as a file has them: the header is line 1, so data row i is on line i + 2. */
const table = (...rows: string[][]) => rows.map((cells, i) => ({ line: i + 2, cells }));

const mercy = ['3001-245-678', 'Mercy Regional Hospital', 'Life-safety critical', 'Hospital', '1200 River Rd, Lakeport', 'FDR-2104', 'Yes', '72'];

describe('planImport', () => {
  it('groups one-row-per-contact files into customers with their contacts', () => {
    const plan = planImport(table(
      [...mercy, 'María Hernández', 'Cell: (415) 555-0142', '(415) 555-0100', 'm.hernandez@mercy.org'],
      [...mercy, 'James Okafor', '', '24/7 desk: (212) 555-0107', ''],
      ['4001-000-111', 'Lakeport Water', 'critical', 'water', '50 Lake St', '', 'no', '', '', '', '', ''],
    ), mapping);
    expect(plan.problems).toEqual([]);
    expect(plan.rowCount).toBe(3);
    expect(plan.contactCount).toBe(2);
    expect(plan.customers.map((c) => [c.customer.name, c.lines, c.contacts.length])).toEqual([
      ['Mercy Regional Hospital', [2, 3], 2],
      ['Lakeport Water', [4], 0],
    ]);
    const [hospital, water] = plan.customers;
    expect(hospital!.customer).toMatchObject({
      accountNumber: '3001-245-678', tier: 'life_safety', facilityType: 'hospital',
      servicePoints: [{ id: 'sp-1', address: '1200 River Rd, Lakeport', feeder: 'FDR-2104', substation: '', serviceArea: '' }],
      backupGeneration: { present: true, fuelHours: 72, sizeKw: null },
      checkInCadenceDays: 7,
    });
    expect(hospital!.contacts.map((c) => [c.line, c.contact.name, c.contact.escalationOrder, c.contact.preferredChannel])).toEqual([
      [2, 'María Hernández', 1, 'phone'],
      [3, 'James Okafor', 2, 'phone'],
    ]);
    expect(hospital!.contacts[0]!.contact.phones).toEqual([
      { label: 'Cell', number: '(415) 555-0142', available24x7: false },
      { label: '', number: '(415) 555-0100', available24x7: true },
    ]);
    expect(hospital!.contacts[1]!.contact.phones).toEqual([{ label: '24/7 desk', number: '(212) 555-0107', available24x7: true }]);
    expect(water!.customer).toMatchObject({ tier: 'critical_infrastructure', facilityType: 'water', backupGeneration: { present: false } });
  });

  it('reports every bad row with its line number and a reason that quotes the cell', () => {
    const plan = planImport(table(
      [...mercy, 'María Hernández', '(415) 555-0142', '', ''],
      ['5001', 'No Tier Clinic', '', 'Hospital', '', '', '', '', '', '', '', ''],
      ['5002', 'Gold Clinic', 'Gold', 'Hospital', '', '', '', '', '', '', '', ''],
      ['5003', 'Thirsty Plant', 'Other', 'Water', '', '', 'maybe', 'lots', '', '', '', ''],
      ['5004', 'Bad Email Co', 'Other', 'Commercial', '', '', '', '', 'Pat Doe', '', '', 'pat@'],
      ['5005', 'Short Phone Co', 'Other', 'Commercial', '', '', '', '', 'Sam Roe', '555-12', '', ''],
      ['5006', 'Unreachable Co', 'Other', 'Commercial', '', '', '', '', 'Lee Poe', '', '', ''],
      ['', 'No Account Co', 'Other', 'Commercial', '', '', '', '', '', '', '', ''],
      ['5007', 'Feeder Only Co', 'Other', 'Commercial', '', 'FDR-1', '', '', '', '', '', ''],
      ['5008', 'Good Co', 'Other', 'Commercial', '', '', '', '', '', '', '', ''],
    ), mapping);
    expect(plan.problems).toEqual([
      { line: 3, reasons: ['Priority tier is required'] },
      { line: 4, reasons: ['Priority tier "Gold" is not one of: Life-safety critical, Critical infrastructure, Major commercial, Other'] },
      { line: 5, reasons: ['Fuel hours must be a number, not "lots"', 'Backup generator must be Yes or No, not "maybe"'] },
      { line: 6, reasons: ['Email address is not valid ("pat@")'] },
      { line: 7, reasons: ['Phone number needs at least 7 digits ("555-12")'] },
      { line: 8, reasons: ['Give this contact a phone number or an email address'] },
      { line: 9, reasons: ['Account number is required'] },
      { line: 10, reasons: ['Service point address is required'] },
    ]);
    expect(plan.customers.map((c) => c.customer.accountNumber)).toEqual(['3001-245-678', '5008']);
  });

  it('refuses a row that contradicts an earlier row of the same account or repeats a contact', () => {
    const plan = planImport(table(
      [...mercy, 'María Hernández', '(415) 555-0142', '', ''],
      ['3001245678', 'Mercy Regional Hospital', 'Other', 'HOSPITAL', '', '', '', '', 'Ann Lee', '(415) 555-0199', '', ''],
      ['3001-245-678', 'mercy  regional hospital', '', '', '', '', '', '', 'maria hernandez', '(415) 555-0142', '', ''],
      ['3001-245-678', 'Mercy Regional Hospital', 'life_safety', 'hospital', '9 Annex Way', '', '', '', 'Bo Diaz', '(415) 555-0111', '', ''],
    ), mapping);
    expect(plan.problems).toEqual([
      { line: 3, reasons: ['Priority tier "Other" differs from line 2 ("Life-safety critical") for account 3001-245-678'] },
      { line: 4, reasons: ['Priority tier is required', 'Facility type is required'] },
    ]);
    const [mercyPlan] = plan.customers;
    expect(mercyPlan!.lines).toEqual([2, 5]);
    expect(mercyPlan!.customer.servicePoints.map((sp) => [sp.id, sp.address])).toEqual([['sp-1', '1200 River Rd, Lakeport'], ['sp-2', '9 Annex Way']]);
    expect(mercyPlan!.contacts.map((c) => c.contact.name)).toEqual(['María Hernández', 'Bo Diaz']);
  });

  it('flags a repeated contact of the same account', () => {
    const plan = planImport(table(
      [...mercy, 'María Hernández', '(415) 555-0142', '', ''],
      [...mercy, 'maria  hernandez', '(415) 555-0100', '', ''],
    ), mapping);
    expect(plan.problems).toEqual([{ line: 3, reasons: ['Contact "maria  hernandez" is already on line 2 for account 3001-245-678'] }]);
  });

  it('keeps given escalation orders and numbers the rest after them', () => {
    const withOrder = guessMapping([...HEADER, 'Escalation Order']);
    const plan = planImport(table(
      [...mercy, 'A One', '(415) 555-0101', '', '', ''],
      [...mercy, 'B Two', '(415) 555-0102', '', '', '1'],
      [...mercy, 'C Three', '(415) 555-0103', '', '', '5'],
      [...mercy, 'D Four', '', '', 'd@x.org', 'first'],
    ), withOrder);
    expect(plan.problems).toEqual([{ line: 5, reasons: ['Escalation order must be a number, not "first"'] }]);
    expect(plan.customers[0]!.contacts.map((c) => [c.contact.name, c.contact.escalationOrder])).toEqual([['A One', 6], ['B Two', 1], ['C Three', 5]]);
  });

  it('ignores empty rows, unmapped columns and our own export quote', () => {
    const plan = planImport([
      { line: 2, cells: ['', '', '', ''] },
      { line: 3, cells: ['7001', "'=HYPERLINK(\"x\")", 'Other', 'Commercial'] },
    ], [...guessMapping(['Account #', 'Customer Name', 'Tier', 'Facility Type'])]);
    expect(plan.rowCount).toBe(1);
    expect(plan.customers[0]!.customer.name).toBe('=HYPERLINK("x")');
  });

  it('reads numbers with units and separators, and generator words', () => {
    const m = guessMapping(['Account', 'Customer', 'Tier', 'Type', 'Generator kW', 'Fuel hours', 'Transfer switch', 'Generator status', 'Cadence']);
    const plan = planImport(table(['1', 'A', 'Other', 'Other', '1,500 kW', '48 h', 'ATS', 'ok', '14']), m);
    expect(plan.customers[0]!.customer.backupGeneration).toEqual({ present: true, sizeKw: 1500, fuelHours: 48, transferSwitch: 'automatic', status: 'operational' });
    expect(plan.customers[0]!.customer.checkInCadenceDays).toBe(14);
  });
});

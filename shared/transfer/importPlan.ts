// Turns the rows of a file into the customers and contacts to create. Rows group by account number
// (one row per contact with the customer columns repeated, or customer-only rows); a row whose
// customer columns contradict an earlier row of the same account, or that repeats a contact, is
// reported like any bad row. Only rows without problems contribute; bad rows are listed by line.
import { customerInputSchema } from '../domain/customer';
import { toFieldIssues } from '../domain/fieldIssues';
import { normalizeText } from '../search/tokens';
import { quoteCell } from './cellValues';
import type { ColumnMapping } from './columnMapping';
import { convertRow, isBlankRow, rowValues } from './convertRow';
import type { ImportedContact, ImportedCustomer, RowValues } from './convertRow';
import { importFieldByKey } from './importFields';
import type { ImportFieldKey } from './importFields';

export interface PlannedContact {
  line: number;
  contact: ImportedContact & { escalationOrder: number };
}

export interface PlannedCustomer {
  accountKey: string;
  /** Every file line that contributed, first line first. */
  lines: number[];
  customer: ImportedCustomer;
  contacts: PlannedContact[];
}

/** A skipped row: its line as the user sees it (header = line 1) and why. */
export interface RowProblem {
  line: number;
  reasons: string[];
}

export interface ImportPlan {
  customers: PlannedCustomer[];
  contactCount: number;
  problems: RowProblem[];
  /** Non-empty data rows read. */
  rowCount: number;
}

type Access = { get: (c: ImportedCustomer) => unknown; set: (to: ImportedCustomer, from: ImportedCustomer) => void };
const gen = <K extends keyof ImportedCustomer['backupGeneration']>(k: K): Access => ({
  get: (c) => c.backupGeneration[k],
  set: (to, from) => { to.backupGeneration = { ...to.backupGeneration, [k]: from.backupGeneration[k] }; },
});
const top = <K extends 'name' | 'premiseId' | 'tier' | 'facilityType' | 'checkInCadenceDays' | 'notes'>(k: K): Access => ({
  get: (c) => c[k],
  set: (to, from) => { to[k] = from[k]; },
});
/** Customer fields compared between rows of one account (service point columns add service points instead). */
const shared: Partial<Record<ImportFieldKey, Access>> = {
  customerName: top('name'), premiseId: top('premiseId'), tier: top('tier'), facilityType: top('facilityType'),
  generator: gen('present'), generatorKw: gen('sizeKw'), fuelHours: gen('fuelHours'), transferSwitch: gen('transferSwitch'),
  generatorStatus: gen('status'), checkInCadenceDays: top('checkInCadenceDays'), customerNotes: top('notes'),
};

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? normalizeText(a).replace(/\s+/g, ' ') === normalizeText(b).replace(/\s+/g, ' ') : a === b;
const servicePointKey = (sp: ImportedCustomer['servicePoints'][number]) => [sp.address, sp.feeder, sp.substation, sp.serviceArea].map((s) => normalizeText(s)).join('\u0000');
const contactKey = (c: ImportedContact) => normalizeText(c.name).replace(/\s+/g, ' ');

interface Group {
  planned: PlannedCustomer;
  /** Where each shared customer field got its value, and the cell text, for conflict messages. */
  givenAt: Map<ImportFieldKey, { line: number; text: string }>;
  servicePoints: Set<string>;
  contactLines: Map<string, number>;
}

export interface ImportPlanner {
  /** Adds one data row; `line` is its line in the file. Empty rows are ignored. */
  add(line: number, values: RowValues): void;
  finish(): ImportPlan;
}

export function createImportPlanner(): ImportPlanner {
  const groups = new Map<string, Group>();
  const problems: RowProblem[] = [];
  let rowCount = 0;

  const conflicts = (group: Group, customer: ImportedCustomer, contact: ImportedContact | null, values: RowValues): string[] => {
    const reasons: string[] = [];
    const account = group.planned.customer.accountNumber;
    for (const [key, access] of Object.entries(shared) as [ImportFieldKey, Access][]) {
      const earlier = group.givenAt.get(key);
      if (values[key] === undefined || !earlier || sameValue(access.get(customer), access.get(group.planned.customer))) continue;
      reasons.push(`${importFieldByKey[key].label} ${quoteCell(values[key])} differs from line ${earlier.line} (${quoteCell(earlier.text)}) for account ${account}`);
    }
    const earlierContact = contact && group.contactLines.get(contactKey(contact));
    if (earlierContact) reasons.push(`Contact ${quoteCell(contact.name)} is already on line ${earlierContact} for account ${account}`);
    return reasons;
  };

  return {
    add(line, values) {
      if (isBlankRow(values)) return;
      rowCount++;
      const row = convertRow(values);
      if (!row.customer || row.problems.length > 0) {
        problems.push({ line, reasons: row.problems });
        return;
      }
      let group = groups.get(row.accountKey);
      if (!group) {
        group = { planned: { accountKey: row.accountKey, lines: [], customer: { ...row.customer, servicePoints: [] }, contacts: [] }, givenAt: new Map(), servicePoints: new Set(), contactLines: new Map() };
        groups.set(row.accountKey, group);
      } else {
        const reasons = conflicts(group, row.customer, row.contact, values);
        if (reasons.length > 0) {
          problems.push({ line, reasons });
          return;
        }
      }
      for (const key of row.provided) {
        const access = shared[key];
        if (!access || group.givenAt.has(key)) continue;
        access.set(group.planned.customer, row.customer);
        group.givenAt.set(key, { line, text: values[key]! });
      }
      group.planned.lines.push(line);
      const servicePoint = row.customer.servicePoints[0];
      if (servicePoint && !group.servicePoints.has(servicePointKey(servicePoint))) {
        group.servicePoints.add(servicePointKey(servicePoint));
        group.planned.customer.servicePoints.push(servicePoint);
      }
      if (row.contact) {
        group.contactLines.set(contactKey(row.contact), line);
        group.planned.contacts.push({ line, contact: { ...row.contact, escalationOrder: row.contact.escalationOrder ?? 0 } });
      }
    },

    finish() {
      const customers: PlannedCustomer[] = [];
      let contactCount = 0;
      for (const { planned } of groups.values()) {
        planned.customer.servicePoints = planned.customer.servicePoints.map((sp, i) => ({ ...sp, id: `sp-${i + 1}` }));
        const checked = customerInputSchema.safeParse(planned.customer);
        if (!checked.success) {
          const reasons = toFieldIssues(checked.error).map((i) => `Account ${planned.customer.accountNumber}: ${i.message}`);
          for (const line of planned.lines) problems.push({ line, reasons });
          continue;
        }
        // Contacts without an escalation order go after those that have one, in file order.
        let next = planned.contacts.reduce((max, c) => Math.max(max, c.contact.escalationOrder), 0);
        for (const c of planned.contacts) if (c.contact.escalationOrder === 0) c.contact.escalationOrder = ++next;
        customers.push(planned);
        contactCount += planned.contacts.length;
      }
      problems.sort((a, b) => a.line - b.line);
      return { customers, contactCount, problems, rowCount };
    },
  };
}

/** Plans a whole table at once (tests, small files): `rows` carry their file line numbers. */
export function planImport(rows: readonly { line: number; cells: readonly string[] }[], mapping: ColumnMapping): ImportPlan {
  const planner = createImportPlanner();
  for (const row of rows) planner.add(row.line, rowValues(row.cells, mapping));
  return planner.finish();
}

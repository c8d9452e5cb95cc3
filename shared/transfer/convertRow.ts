// One imported row -> the customer it describes and, when it has contact columns, one contact, both
// checked with the shared domain schemas. Problems come back as sentences that name the field and
// quote the cell, e.g. `Priority tier "Gold" is not one of: ...` or `Email address is not valid ("bob@")`.
import type { z } from 'zod';
import { contactInputSchema } from '../domain/contact';
import { customerInputSchema } from '../domain/customer';
import { toFieldIssues } from '../domain/fieldIssues';
import type { FieldIssue } from '../domain/fieldIssues';
import { compactText } from '../search/tokens';
import { cleanCell, quoteCell, readChoice, readNumber, readPhones, readYesNo, splitList } from './cellValues';
import type { CellResult } from './cellValues';
import type { ColumnMapping } from './columnMapping';
import { contactFieldKeys, customerFieldKeys } from './importFields';
import type { ImportFieldKey } from './importFields';
import { channelVocabulary, facilityVocabulary, generatorStatusVocabulary, tierVocabulary, transferSwitchVocabulary } from './vocabulary';

export type ImportedCustomer = z.output<typeof customerInputSchema>;
export type ImportedContact = Omit<z.output<typeof contactInputSchema>, 'customerId'>;
/** A row's non-empty cells by field (several columns of one field joined with "; "). */
export type RowValues = Partial<Record<ImportFieldKey, string>>;

export interface ConvertedRow {
  /** The account number reduced to letters and digits ("3001-245-678" -> "3001245678"): rows group by it. */
  accountKey: string;
  customer: ImportedCustomer | null;
  contact: ImportedContact | null;
  /** Customer fields this row gave a value for. */
  provided: ImportFieldKey[];
  problems: string[];
}

/** Stands in for the customer id while a contact is checked; the real id exists only when it is written. */
const PENDING_CUSTOMER_ID = '00000000-0000-7000-8000-000000000000';

export function rowValues(cells: readonly string[], mapping: ColumnMapping): RowValues {
  const values: RowValues = {};
  mapping.forEach((key, column) => {
    if (!key) return;
    const text = cleanCell(cells[column] ?? '');
    if (text === '') return;
    values[key] = values[key] === undefined ? text : `${values[key]}; ${text}`;
  });
  return values;
}

export const isBlankRow = (values: RowValues): boolean => Object.keys(values).length === 0;

class Issues {
  readonly own: FieldIssue[] = [];
  take<T>(result: CellResult<T>, path: string): T | undefined {
    if (!result.ok) {
      this.own.push({ path, message: result.message });
      return undefined;
    }
    return result.value ?? undefined;
  }
  /** Our own messages first, then the schema's for fields we did not already explain. */
  merge(schemaIssues: readonly FieldIssue[], describe: (issue: FieldIssue) => string): string[] {
    const explained = new Set(this.own.map((i) => i.path));
    return [...this.own.map((i) => i.message), ...schemaIssues.filter((i) => !explained.has(i.path)).map(describe)];
  }
}

function convertCustomer(v: RowValues, issues: Issues) {
  const hasServicePoint = v.address !== undefined || v.feeder !== undefined || v.substation !== undefined || v.serviceArea !== undefined;
  const sizeKw = issues.take(readNumber(v.generatorKw ?? '', 'Generator size (kW)'), 'backupGeneration.sizeKw');
  const fuelHours = issues.take(readNumber(v.fuelHours ?? '', 'Fuel hours'), 'backupGeneration.fuelHours');
  const transferSwitch = issues.take(readChoice(v.transferSwitch ?? '', transferSwitchVocabulary, 'Transfer switch'), 'backupGeneration.transferSwitch');
  const status = issues.take(readChoice(v.generatorStatus ?? '', generatorStatusVocabulary, 'Generator status'), 'backupGeneration.status');
  const present = issues.take(readYesNo(v.generator ?? '', 'Backup generator'), 'backupGeneration.present')
    ?? (sizeKw !== undefined || fuelHours !== undefined || (transferSwitch !== undefined && transferSwitch !== 'none') || status !== undefined);
  return {
    name: v.customerName ?? '',
    accountNumber: v.accountNumber ?? '',
    premiseId: v.premiseId ?? '',
    tier: issues.take(readChoice(v.tier ?? '', tierVocabulary, 'Priority tier'), 'tier'),
    facilityType: issues.take(readChoice(v.facilityType ?? '', facilityVocabulary, 'Facility type'), 'facilityType'),
    servicePoints: hasServicePoint
      ? [{ id: 'sp-1', address: v.address ?? '', feeder: v.feeder ?? '', substation: v.substation ?? '', serviceArea: v.serviceArea ?? '' }]
      : [],
    backupGeneration: { present, sizeKw: sizeKw ?? null, fuelHours: fuelHours ?? null, transferSwitch, status },
    checkInCadenceDays: issues.take(readNumber(v.checkInCadenceDays ?? '', 'Check-in cadence (days)'), 'checkInCadenceDays'),
    notes: v.customerNotes ?? '',
  };
}

function convertContact(v: RowValues, issues: Issues) {
  const phones = [...readPhones(v.phone ?? '', false), ...readPhones(v.phone247 ?? '', true)];
  const emails = splitList(v.email ?? '', true);
  const chosen = issues.take(readChoice(v.preferredChannel ?? '', channelVocabulary, 'Preferred channel'), 'preferredChannel');
  const preferredChannel = chosen ?? (phones.length > 0 ? 'phone' : emails.length > 0 ? 'email' : undefined);
  if (preferredChannel === undefined && v.preferredChannel === undefined) {
    issues.own.push({ path: 'phones', message: 'Give this contact a phone number or an email address' });
  }
  return {
    customerId: PENDING_CUSTOMER_ID,
    name: v.contactName ?? '',
    role: v.role ?? '',
    phones,
    emails,
    preferredChannel,
    escalationOrder: issues.take(readNumber(v.escalationOrder ?? '', 'Escalation order'), 'escalationOrder'),
    notes: v.contactNotes ?? '',
  };
}

/** Adds the offending value to list-item messages: `Email address is not valid ("bob@")`. */
function describeWith(input: { phones: { number: string }[]; emails: string[] }) {
  return (issue: FieldIssue): string => {
    const [list, index, leaf] = issue.path.split('.');
    const at = Number(index);
    if (list === 'emails' && input.emails[at] !== undefined) return `${issue.message} (${quoteCell(input.emails[at])})`;
    if (list === 'phones' && leaf === 'number' && input.phones[at]) return `${issue.message} (${quoteCell(input.phones[at].number)})`;
    return issue.message;
  };
}

export function convertRow(v: RowValues): ConvertedRow {
  const provided = customerFieldKeys.filter((key) => v[key] !== undefined);
  const issues = new Issues();
  const customerInput = convertCustomer(v, issues);
  const customerResult = customerInputSchema.safeParse(customerInput);
  const hasContact = contactFieldKeys.some((key) => v[key] !== undefined);
  const contactInput = hasContact ? convertContact(v, issues) : null;
  const contactResult = contactInput ? contactInputSchema.safeParse(contactInput) : null;
  const schemaIssues = [
    ...(customerResult.success ? [] : toFieldIssues(customerResult.error)),
    ...(contactResult && !contactResult.success ? toFieldIssues(contactResult.error).filter((i) => i.path !== 'customerId') : []),
  ];
  const problems = issues.merge(schemaIssues, describeWith(contactInput ?? { phones: [], emails: [] }));
  let contact: ImportedContact | null = null;
  if (contactResult?.success) {
    const { customerId: _pending, ...rest } = contactResult.data;
    contact = rest;
  }
  return {
    accountKey: compactText(customerInput.accountNumber),
    customer: customerResult.success ? customerResult.data : null,
    contact,
    provided,
    problems,
  };
}


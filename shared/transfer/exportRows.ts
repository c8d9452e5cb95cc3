// The directory as spreadsheet rows: one row per contact with the customer columns repeated (the same
// layout import reads), a customer's further service points on rows of their own, and every text cell
// neutralized against formula injection. Coded values are written as the words people read.
import type { Contact } from '../domain/contact';
import type { Customer, ServicePoint } from '../domain/customer';
import { importFieldByKey, importFieldKeys } from './importFields';
import type { ImportFieldKey } from './importFields';
import { neutralizeCell } from './neutralize';
import { channelVocabulary, facilityVocabulary, generatorStatusVocabulary, tierVocabulary, transferSwitchVocabulary } from './vocabulary';

/** A cell as written: text (already neutralized) or a number (never negative, so never formula-like). */
export type ExportCell = string | number;

export type ExportCustomer = Customer & { lastContactedAt?: string | null };

/** Columns import does not read back: who owns the relationship and when they last talked. */
const exportOnlyColumns = ['Assigned liaison', 'Last contacted'] as const;

export const exportHeader: readonly string[] = [...importFieldKeys.map((key) => importFieldByKey[key].label), ...exportOnlyColumns];

const phonesText = (c: Contact, available24x7: boolean) =>
  c.phones.filter((p) => p.available24x7 === available24x7).map((p) => (p.label ? `${p.label}: ${p.number}` : p.number)).join('; ');

function customerCells(c: ExportCustomer, sp: ServicePoint | undefined): Partial<Record<ImportFieldKey, ExportCell>> {
  const g = c.backupGeneration;
  return {
    accountNumber: c.accountNumber,
    customerName: c.name,
    premiseId: c.premiseId,
    tier: tierVocabulary.labels[c.tier],
    facilityType: facilityVocabulary.labels[c.facilityType],
    address: sp?.address ?? '',
    feeder: sp?.feeder ?? '',
    substation: sp?.substation ?? '',
    serviceArea: sp?.serviceArea ?? '',
    generator: g.present ? 'Yes' : 'No',
    generatorKw: g.sizeKw ?? '',
    fuelHours: g.fuelHours ?? '',
    transferSwitch: g.present ? transferSwitchVocabulary.labels[g.transferSwitch] : '',
    generatorStatus: g.present ? generatorStatusVocabulary.labels[g.status] : '',
    checkInCadenceDays: c.checkInCadenceDays,
    customerNotes: c.notes,
  };
}

const contactCells = (c: Contact): Partial<Record<ImportFieldKey, ExportCell>> => ({
  contactName: c.name,
  role: c.role,
  phone: phonesText(c, false),
  phone247: phonesText(c, true),
  email: c.emails.join('; '),
  preferredChannel: channelVocabulary.labels[c.preferredChannel],
  escalationOrder: c.escalationOrder,
  contactNotes: c.notes,
});

const safe = (value: ExportCell | undefined): ExportCell => (typeof value === 'number' ? value : neutralizeCell(value ?? ''));

/** The rows for one customer and its live contacts (in escalation order), in `exportHeader` order. */
export function customerExportRows(customer: ExportCustomer, contacts: readonly Contact[]): ExportCell[][] {
  const [first, ...morePoints] = customer.servicePoints;
  const tail = [customer.assignedLiaisonName ?? '', customer.lastContactedAt ?? ''];
  const row = (sp: ServicePoint | undefined, contact: Contact | null): ExportCell[] => {
    const cells = { ...customerCells(customer, sp), ...(contact ? contactCells(contact) : {}) };
    return [...importFieldKeys.map((key) => safe(cells[key])), ...tail.map(safe)];
  };
  const live = contacts.filter((c) => c.deletedAt === null).sort((a, b) => a.escalationOrder - b.escalationOrder);
  const rows = live.length > 0 ? live.map((contact) => row(first, contact)) : [row(first, null)];
  for (const sp of morePoints) rows.push(row(sp, null));
  return rows;
}

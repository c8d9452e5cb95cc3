// Field names and values as people read them, for conflicts ("Role: Plant Manager") and refused
// changes ("Change to Role, Notes"). Coded values use the directory's own labels.
import type { EntityName } from '../../../../shared/domain/entities';
import { formatDateTime } from '../../../format/time';
import { channelLabels, facilityLabels, generatorStatusLabels, tierLabels, transferSwitchLabels } from '../../customers/customerLabels';

export const entityLabels: Record<EntityName, string> = {
  customer: 'Customer',
  contact: 'Contact',
  event: 'Event',
  briefing: 'Briefing',
  briefingAck: 'Acknowledgement',
  logEntry: 'Log entry',
};

const fieldNames: Record<string, string> = {
  name: 'Name', role: 'Role', phones: 'Phone numbers', emails: 'Email addresses', preferredChannel: 'Preferred channel',
  escalationOrder: 'Escalation order', notes: 'Notes', customerId: 'Customer', tier: 'Priority tier', facilityType: 'Facility type',
  accountNumber: 'Account number', premiseId: 'Premise id', servicePoints: 'Service points', backupGeneration: 'Backup generation',
  assignedLiaisonId: 'Assigned liaison', assignedLiaisonName: 'Assigned liaison', checkInCadenceDays: 'Check-in cadence (days)',
  deletedAt: 'Deleted', scopeId: 'Region or event', kind: 'Kind', status: 'Status', operationalPeriod: 'Operational period',
  affectedServiceAreas: 'Affected service areas', startedAt: 'Started', endedAt: 'Ended',
};

/** "phones" → "Phone numbers"; unknown fields are split from camelCase ("nextBriefingAt" → "Next briefing at"). */
export function fieldLabel(field: string): string {
  const known = fieldNames[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const codes: Record<string, Record<string, string>> = {
  tier: tierLabels, facilityType: facilityLabels, preferredChannel: channelLabels,
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function formatItem(field: string, item: unknown): string {
  if (field === 'phones' && isObject(item)) return [item.label, item.number, item.available24x7 ? '(24/7)' : ''].filter(Boolean).join(' ');
  if (field === 'servicePoints' && isObject(item)) return [item.address, item.feeder, item.serviceArea].filter(Boolean).join(', ');
  return formatValue('', item);
}

/** A value in words; empty values say so. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') return codes[field]?.[value] ?? (ISO.test(value) ? formatDateTime(value) : value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((item) => formatItem(field, item)).join('; ');
  if (field === 'backupGeneration' && isObject(value)) {
    if (!value.present) return 'No generator';
    const size = typeof value.sizeKw === 'number' ? `${value.sizeKw} kW` : 'size unknown';
    const fuel = typeof value.fuelHours === 'number' ? `${value.fuelHours} h of fuel` : 'fuel unknown';
    const transfer = transferSwitchLabels[value.transferSwitch as keyof typeof transferSwitchLabels] ?? '';
    const status = generatorStatusLabels[value.status as keyof typeof generatorStatusLabels] ?? '';
    return [size, fuel, transfer && `${transfer.toLowerCase()} transfer`, status].filter(Boolean).join(', ');
  }
  if (isObject(value)) return Object.entries(value).map(([k, v]) => `${fieldLabel(k)}: ${formatValue(k, v)}`).join(', ');
  return String(value);
}

// Test data builders: sensible defaults, override what a test cares about.
import { v7 as uuidv7 } from 'uuid';
import type { BriefingDraftInput } from '../../../shared/domain/briefing';
import type { Contact, ContactInput } from '../../../shared/domain/contact';
import type { Customer, CustomerInput } from '../../../shared/domain/customer';
import type { EventInput } from '../../../shared/domain/event';
import type { LogEntry, LogEntryInput } from '../../../shared/domain/logEntry';

export const T0 = '2025-01-15T12:00:00.000Z';
export const at = (minutesFromT0: number) => new Date(Date.parse(T0) + minutesFromT0 * 60_000).toISOString();

export const customerInput = (o: Partial<CustomerInput> = {}): CustomerInput => ({
  name: 'Mercy Regional Hospital',
  accountNumber: '3001-245-678',
  tier: 'life_safety',
  facilityType: 'hospital',
  servicePoints: [{ id: 'sp-1', address: '1200 River Rd, Lakeport', feeder: 'FDR-2104', substation: 'Riverton Substation', serviceArea: 'Riverside' }],
  backupGeneration: { present: true, sizeKw: 2000, fuelHours: 72, transferSwitch: 'automatic', status: 'operational' },
  ...o,
});

export const contactInput = (customerId: string, o: Partial<ContactInput> = {}): ContactInput => ({
  customerId,
  name: 'María Hernández',
  role: 'Facilities Director',
  phones: [{ label: 'Cell', number: '(415) 555-0142', available24x7: true }],
  emails: ['m.hernandez@mercyregional.org'],
  ...o,
});

export const eventInput = (o: Partial<EventInput> = {}): EventInput => ({
  name: 'Winter Storm Harlan',
  kind: 'storm',
  operationalPeriod: { lengthHours: 12, firstStartAt: null },
  ...o,
});

export const logInput = (o: Partial<LogEntryInput> = {}): LogEntryInput => ({
  channel: 'phone',
  direction: 'outbound',
  category: 'status_update',
  summary: 'Site on generator, no immediate needs.',
  ...o,
});

export const briefingContent = (o: Partial<BriefingDraftInput> = {}): BriefingDraftInput => ({
  asOf: T0,
  customersAffected: 50_000,
  customersRestored: 10_000,
  areas: [{ serviceArea: 'Riverside', customersOut: 20_000, etr: at(24 * 60) }],
  talkingPoints: ['Crews are working around the clock.'],
  safetyMessages: ['Stay 35 feet from downed lines.'],
  ...o,
});

const baseFields = (o: { id?: string; scopeId?: string } = {}) => ({
  id: o.id ?? uuidv7(), scopeId: o.scopeId ?? 'region-test', createdAt: T0, updatedAt: T0, updatedBy: 'user-test', deletedAt: null,
});

/** A full stored customer record (for bulkLoad and migration tests). */
export const customerRecord = (o: Partial<Customer> = {}): Customer => ({
  ...baseFields(o),
  name: 'Lakeport Water Treatment Plant', accountNumber: '4001-000-111', premiseId: 'PR0000001', tier: 'life_safety', facilityType: 'water',
  servicePoints: [{ id: 'sp-1', address: '50 Lake St, Lakeport', feeder: 'FDR-3101', substation: 'Bayview Substation', serviceArea: 'Lakeshore' }],
  backupGeneration: { present: false, sizeKw: null, fuelHours: null, transferSwitch: 'none', status: 'unknown' },
  assignedLiaisonId: null, assignedLiaisonName: null, checkInCadenceDays: 7, notes: '',
  ...o,
});

export const contactRecord = (customerId: string, o: Partial<Contact> = {}): Contact => ({
  ...baseFields(o),
  customerId, name: 'James Okafor', role: 'Chief Operator', phones: [{ label: 'Desk', number: '(212) 555-0107', available24x7: true }],
  emails: [], preferredChannel: 'phone', escalationOrder: 1, notes: '',
  ...o,
});

export const logRecord = (o: Partial<LogEntry> = {}): LogEntry => ({
  ...baseFields(o),
  eventId: null, operationalPeriod: null, authorId: 'user-test', authorName: 'Test User', occurredAt: T0, recordedAt: T0,
  customerId: null, contactId: null, channel: 'phone', direction: 'outbound', category: 'status_update', lifeSafety: null,
  significant: false, summary: 'Checked in.', details: '', followUp: null, closesFollowUpOf: null, correctsId: null, etrGiven: null, contactOutcome: null,
  ...o,
});

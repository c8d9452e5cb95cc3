// What the local database stores: the domain record plus local, derived fields that exist only to be
// indexed (search tokens, sort keys, flags as 0/1 because booleans and null are not IndexedDB keys).
// Derived fields are recomputed from the record on every write and are never pushed to the server.
import type { Briefing } from '../../shared/domain/briefing';
import type { BriefingAck } from '../../shared/domain/briefingAck';
import type { Contact } from '../../shared/domain/contact';
import type { Customer } from '../../shared/domain/customer';
import { tierRank } from '../../shared/domain/customer';
import type { Event } from '../../shared/domain/event';
import type { LogEntry } from '../../shared/domain/logEntry';
import type { Mutation } from '../../shared/sync/mutation';
import { contactSearchTokens, customerSearchTokens, normalizeText } from '../../shared/search/tokens';

export interface CustomerLocal {
  searchTokens: string[];
  /** Sort key; absent on deleted customers, so the sort indexes list live customers only. */
  nameKey?: string;
  tierRank: number;
  serviceAreas: string[];
  hasGenerator: 0 | 1;
}
export type CustomerRow = Customer & CustomerLocal;
/**
 * The latest time someone talked with a customer (max occurredAt of its non-internal log entries), in
 * its own table: logging a call writes this small row, not the customer's. No row: never contacted.
 */
export interface LastContactRow {
  customerId: string;
  at: string;
}
/** A customer as lists and pages show it: with its last contact. */
export type CustomerView = CustomerRow & { lastContactedAt: string | null };
export type ContactRow = Contact & { searchTokens: string[] };
export type EventRow = Event;
export type BriefingRow = Briefing;
export type BriefingAckRow = BriefingAck;
export interface LogEntryLocal {
  /** `eventId ?? ''`, so entries outside any event can be listed by index. */
  eventKey: string;
  /** `followUp?.dueAt`, indexed only when there is a follow-up. */
  followUpDueAt: string | null;
}
export type LogEntryRow = LogEntry & LogEntryLocal;
/** A mutation waiting in the outbox; `refusedReason` is set when the server refused it. */
export type OutboxRow = Mutation & { refusedReason: string | null };
export interface SyncMetaRow {
  key: string;
  value: unknown;
}

export const customerLocalKeys: readonly (keyof CustomerLocal)[] = [
  'searchTokens', 'nameKey', 'tierRank', 'serviceAreas', 'hasGenerator',
];

export function toCustomerRow(c: Customer): CustomerRow {
  const live = c.deletedAt === null;
  return {
    ...c,
    searchTokens: live ? customerSearchTokens(c) : [],
    ...(live && { nameKey: normalizeText(c.name) }),
    tierRank: tierRank[c.tier],
    serviceAreas: [...new Set(c.servicePoints.map((sp) => sp.serviceArea).filter(Boolean))],
    hasGenerator: c.backupGeneration.present ? 1 : 0,
  };
}

export const toContactRow = (c: Contact): ContactRow => ({
  ...c,
  searchTokens: c.deletedAt === null ? contactSearchTokens(c) : [],
});

export const toLogEntryRow = (e: LogEntry): LogEntryRow => ({
  ...e,
  eventKey: e.eventId ?? '',
  followUpDueAt: e.followUp?.dueAt ?? null,
});

/** Does this entry count as talking with the customer (for "last contacted")? A call nobody answered does not. */
export const isContact = (e: Pick<LogEntry, 'customerId' | 'direction' | 'contactOutcome'>): boolean =>
  e.customerId !== null && e.direction !== 'internal' && (e.contactOutcome ?? 'reached') === 'reached';

/** The domain record without local fields (what goes into a mutation). */
export function stripLocal<T extends object, K extends keyof T>(row: T, localKeys: readonly K[]): Omit<T, K> {
  const out = { ...row };
  for (const key of localKeys) delete out[key];
  return out;
}
export const contactLocalKeys = ['searchTokens'] as const;
export const logEntryLocalKeys = ['eventKey', 'followUpDueAt'] as const;

// Liaison log writes. The log is append-only: appending, correcting and closing a follow-up each
// insert ONE new entry (and its insert mutation). The customer's last contact (lastContacts) moves in
// the same transaction; it is local derived data (recomputable from the log), so it is written without
// a mutation and never pushed as if the user had edited the customer.
import { logContentShape, logEntryInputSchema, logEntrySchema } from '../../../shared/domain/logEntry';
import type { LogEntry, LogEntryInput } from '../../../shared/domain/logEntry';
import { operationalPeriodAt } from '../../../shared/domain/operationalPeriods';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import { contactById } from '../contacts/queries';
import type { LiaisonDb } from '../db';
import { activeEvent } from '../events/queries';
import type { WriteSession } from '../outbox/writeSession';
import { movedLastContacts } from '../customers/lastContacts';
import { toLogEntryRow } from '../rows';
import type { CustomerRow, LastContactRow, LogEntryRow } from '../rows';
import { runCommand, runCommandWithReads } from '../runCommand';
import { linkLogEntries, originalOf } from './logItems';

type Content = Pick<LogEntry, keyof typeof logContentShape>;
const contentFields = Object.keys(logContentShape) as (keyof Content)[];

const tables = (db: LiaisonDb) => [db.logEntries, db.lastContacts, db.customers, db.contacts, db.events, db.briefings];

async function resolveEvent(db: LiaisonDb, eventId: string | null | undefined) {
  if (eventId === undefined) return activeEvent(db);
  if (eventId === null) return null;
  const event = await db.events.get(eventId);
  if (!event || event.deletedAt !== null) throw refusal('Choose an existing event', 'eventId');
  return event;
}

/**
 * Checks references and fills the briefing version of an ETR quoted from a briefing. Everything is
 * read together, the customer's last contact included: each read is a round trip to IndexedDB, and
 * logging a call must feel instant.
 */
interface Checked {
  content: Content;
  customer: CustomerRow | undefined;
  lastContact: LastContactRow | undefined;
}

async function checkReferences(db: LiaisonDb, c: Content): Promise<Checked> {
  const [customer, contact, briefing, lastContact] = await Promise.all([
    c.customerId !== null ? db.customers.get(c.customerId) : undefined,
    c.contactId !== null ? contactById(db, c.contactId) : undefined,
    c.etrGiven?.briefingId ? db.briefings.get(c.etrGiven.briefingId) : undefined,
    c.customerId !== null ? db.lastContacts.get(c.customerId) : undefined,
  ]);
  if (c.customerId !== null && (!customer || customer.deletedAt !== null)) throw refusal('Choose an existing customer', 'customerId');
  if (c.contactId !== null) {
    if (!contact || contact.deletedAt !== null) throw refusal('Choose an existing contact', 'contactId');
    if (contact.customerId !== c.customerId) throw refusal(`${contact.name} is not a contact of this customer`, 'contactId');
  }
  if (c.etrGiven?.briefingId) {
    if (!briefing) throw refusal('The quoted briefing does not exist on this device', 'etrGiven.briefingId');
    return { content: { ...c, etrGiven: { ...c.etrGiven, briefingVersion: briefing.version } }, customer, lastContact };
  }
  return { content: c, customer, lastContact };
}

type Draft = Omit<LogEntry, 'id' | 'scopeId' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'deletedAt' | 'authorId' | 'authorName' | 'recordedAt'>;

/** Validates, then writes the entry, its mutation and the customer's moved last contact all at once. */
async function insertEntry(db: LiaisonDb, s: WriteSession, draft: Draft, { customer, lastContact }: Omit<Checked, 'content'>): Promise<LogEntryRow> {
  const entry: LogEntry = parseOrRefuse(logEntrySchema, {
    ...draft,
    id: s.newId(), scopeId: draft.eventId ?? customer?.scopeId ?? s.profile.regionId,
    createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null,
    authorId: s.profile.id, authorName: s.profile.name, recordedAt: s.at,
  });
  const row = toLogEntryRow(entry);
  s.record('logEntry', entry.id, 'insert', entry);
  const moved = movedLastContacts([entry], [lastContact]);
  await Promise.all([db.logEntries.add(row), moved.length > 0 && db.lastContacts.bulkPut(moved), s.flush()]);
  return row;
}

/**
 * Logs a contact/activity. `occurredAt` defaults to now, `eventId` to the active event (pass null for
 * none); the operational period follows from the event. Emergency reports are always significant.
 */
export function appendLogEntry(db: LiaisonDb, input: LogEntryInput): Promise<CommandResult<LogEntryRow>> {
  const read = async () => {
    const { eventId, occurredAt, ...fields } = parseOrRefuse(logEntryInputSchema, input);
    const [event, checked] = await Promise.all([resolveEvent(db, eventId), checkReferences(db, fields)]);
    return { event, occurredAt, ...checked };
  };
  return runCommandWithReads(db, tables(db), read, (s, { event, occurredAt = s.at, content, ...checked }) =>
    insertEntry(db, s, {
      ...content,
      significant: content.significant || content.category === 'emergency_report',
      eventId: event?.id ?? null,
      operationalPeriod: event ? operationalPeriodAt(event, occurredAt)?.number ?? null : null,
      occurredAt,
      closesFollowUpOf: null,
      correctsId: null,
    }, checked));
}

async function loadItem(db: LiaisonDb, id: string) {
  const original = await originalOf(db, id);
  if (!original) throw refusal('This log entry does not exist on this device');
  const [item] = await linkLogEntries(db, [original], Date.now());
  return item!;
}

/**
 * Corrects an entry by appending a corrected copy that points at the original (corrections of a
 * correction point at the same original; the latest correction is what readers see).
 */
export function correctLogEntry(db: LiaisonDb, originalId: string, changes: Partial<LogEntryInput>): Promise<CommandResult<LogEntryRow>> {
  return runCommand(db, tables(db), async (s) => {
    const { entry, current } = await loadItem(db, originalId);
    const merged = { ...current, ...changes };
    const { eventId, occurredAt = current.occurredAt, ...fields } = parseOrRefuse(logEntryInputSchema, {
      ...Object.fromEntries(contentFields.map((k) => [k, merged[k]])), occurredAt: merged.occurredAt, eventId: merged.eventId,
    });
    const [event, { content, ...checked }] = await Promise.all([resolveEvent(db, eventId ?? null), checkReferences(db, fields)]);
    const unchanged = occurredAt === current.occurredAt && (event?.id ?? null) === current.eventId &&
      contentFields.every((k) => JSON.stringify(content[k]) === JSON.stringify(current[k]));
    if (unchanged) throw refusal('Nothing to correct: the entry is unchanged');
    return insertEntry(db, s, {
      ...content,
      significant: content.significant || content.category === 'emergency_report',
      eventId: event?.id ?? null,
      operationalPeriod: event ? operationalPeriodAt(event, occurredAt)?.number ?? null : null,
      occurredAt,
      closesFollowUpOf: current.closesFollowUpOf,
      correctsId: entry.id,
    }, checked);
  });
}

export interface CloseFollowUpInput {
  summary: string;
  details?: string;
  occurredAt?: string;
  channel?: LogEntryInput['channel'];
  direction?: LogEntryInput['direction'];
}

/** Closes an entry's follow-up with a new entry (same event, customer and contact). */
export function closeFollowUp(db: LiaisonDb, originalId: string, input: CloseFollowUpInput): Promise<CommandResult<LogEntryRow>> {
  return runCommand(db, tables(db), async (s) => {
    const { entry, current, closedBy } = await loadItem(db, originalId);
    if (!current.followUp) throw refusal('This entry has no follow-up to close');
    if (closedBy) throw refusal('This follow-up is already closed');
    const { occurredAt = s.at, eventId: _ignored, ...fields } = parseOrRefuse(logEntryInputSchema, {
      customerId: current.customerId, contactId: current.contactId, channel: input.channel ?? 'phone',
      direction: input.direction ?? 'outbound', category: 'status_update', summary: input.summary,
      details: input.details, occurredAt: input.occurredAt,
    });
    const [event, { content, ...checked }] = await Promise.all([
      current.eventId ? db.events.get(current.eventId) : undefined,
      checkReferences(db, fields),
    ]);
    return insertEntry(db, s, {
      ...content,
      eventId: current.eventId,
      operationalPeriod: event ? operationalPeriodAt(event, occurredAt)?.number ?? null : null,
      occurredAt,
      closesFollowUpOf: entry.id,
      correctsId: null,
    }, checked);
  });
}

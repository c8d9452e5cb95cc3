// Reads behind the ICS exports: the person's ICS details (device setting over the account's values),
// who has logged in an event, and everything an ICS 214 of one person and period needs.
import { icsIdentitySchema } from '../../../shared/ics/icsIdentity';
import type { IcsIdentity } from '../../../shared/ics/icsIdentity';
import type { EntryNames } from '../../../shared/ics/entryActivity';
import { contactById } from '../contacts/queries';
import { customerById } from '../customers/queries';
import type { LiaisonDb } from '../db';
import { localProfile } from '../meta/queries';
import type { LogEntryRow } from '../rows';
import { icsIdentityKey } from './icsKeys';

/** ICS position, home agency and unit of this device's user. */
export async function icsIdentity(db: LiaisonDb): Promise<IcsIdentity> {
  const [row, profile] = await Promise.all([db.syncMeta.get(icsIdentityKey), localProfile(db)]);
  const stored = icsIdentitySchema.safeParse(row?.value);
  return stored.success ? stored.data : { icsPosition: profile.icsPosition, homeAgency: profile.homeAgency, homeUnit: '' };
}

export interface LogAuthor {
  id: string;
  name: string;
}

/** Everyone who logged in an event (latest name each), by name. */
export async function eventAuthors(db: LiaisonDb, eventId: string): Promise<LogAuthor[]> {
  const names = new Map<string, { name: string; at: string }>();
  await db.logEntries.where('[eventKey+occurredAt]').between([eventId, ''], [eventId, '\uffff']).each((e) => {
    const known = names.get(e.authorId);
    if (!known || known.at < e.recordedAt) names.set(e.authorId, { name: e.authorName, at: e.recordedAt });
  });
  return [...names].map(([id, { name }]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface Ics214Source {
  entries: LogEntryRow[];
  /** Originals of those entries' corrections and corrections of those entries (other periods or authors too). */
  related: LogEntryRow[];
  names: EntryNames;
}

export async function ics214Source(db: LiaisonDb, q: { eventId: string; period: number; authorId: string }): Promise<Ics214Source> {
  const inEvent = await db.logEntries.where('[eventKey+occurredAt]').between([q.eventId, ''], [q.eventId, '\uffff']).toArray();
  const entries = inEvent.filter((e) => e.authorId === q.authorId && e.operationalPeriod === q.period && e.deletedAt === null);
  const ids = entries.map((e) => e.id);
  const originalIds = entries.flatMap((e) => (e.correctsId ? [e.correctsId] : []));
  const [originals, corrections] = await Promise.all([
    db.logEntries.bulkGet(originalIds),
    ids.length === 0 ? [] : db.logEntries.where('correctsId').anyOf(ids).toArray(),
  ]);
  const related = [...originals.filter((e): e is LogEntryRow => !!e), ...corrections];
  const all = [...entries, ...related];
  const customerIds = [...new Set(all.flatMap((e) => (e.customerId ? [e.customerId] : [])))];
  const contactIds = [...new Set(all.flatMap((e) => (e.contactId ? [e.contactId] : [])))];
  const [customers, contacts] = await Promise.all([
    Promise.all(customerIds.map((id) => customerById(db, id))),
    Promise.all(contactIds.map((id) => contactById(db, id))),
  ]);
  return {
    entries,
    related,
    names: {
      customerNames: new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : []))),
      contactNames: new Map(contacts.flatMap((c) => (c ? [[c.id, c.name] as const] : []))),
    },
  };
}

// Log entries carry customer and contact ids; the screens show names. One lookup per distinct id.
import { contactById } from '../../data/contacts/queries';
import { customerById } from '../../data/customers/queries';
import type { LiaisonDb } from '../../data/db';
import type { LogEntryRow } from '../../data/rows';

export interface EntryNames {
  customerNames: ReadonlyMap<string, string>;
  contactNames: ReadonlyMap<string, string>;
}

export async function loadEntryNames(db: LiaisonDb, entries: Iterable<LogEntryRow>): Promise<EntryNames> {
  const customerIds = new Set<string>();
  const contactIds = new Set<string>();
  for (const e of entries) {
    if (e.customerId) customerIds.add(e.customerId);
    if (e.contactId) contactIds.add(e.contactId);
  }
  const [customers, contacts] = await Promise.all([
    Promise.all([...customerIds].map((id) => customerById(db, id))),
    Promise.all([...contactIds].map((id) => contactById(db, id))),
  ]);
  return {
    customerNames: new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : []))),
    contactNames: new Map(contacts.flatMap((c) => (c ? [[c.id, c.name] as const] : []))),
  };
}

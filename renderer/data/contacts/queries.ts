// Contact reads.
import type { LiaisonDb } from '../db';
import type { ContactRow } from '../rows';

/** Live contacts of a customer in escalation order (1 = call first). */
export async function contactsOfCustomer(db: LiaisonDb, customerId: string): Promise<ContactRow[]> {
  const contacts = await db.contacts.where('customerId').equals(customerId).toArray();
  return contacts
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => a.escalationOrder - b.escalationOrder || a.name.localeCompare(b.name));
}

/** A contact by its id (contacts are keyed by [customerId, id]; `id` is a unique index). */
export const contactById = (db: LiaisonDb, id: string): Promise<ContactRow | undefined> => db.contacts.where('id').equals(id).first();

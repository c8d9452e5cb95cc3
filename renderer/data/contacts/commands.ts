// Contact writes: create/update/delete and reordering a customer's escalation list. Each validates
// with the shared schema and writes records + outbox mutations in one transaction.
import { contactFields, contactInputSchema, contactSchema } from '../../../shared/domain/contact';
import type { Contact, ContactField, ContactInput } from '../../../shared/domain/contact';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import { loadLiveCustomer } from '../customers/commands';
import type { LiaisonDb } from '../db';
import { diffFields, pickFields } from '../fieldDiff';
import { contactLocalKeys, stripLocal, toContactRow } from '../rows';
import type { ContactRow } from '../rows';
import { runCommand } from '../runCommand';
import { contactById } from './queries';

const liveContactsOf = async (db: LiaisonDb, customerId: string) =>
  (await db.contacts.where('customerId').equals(customerId).toArray()).filter((c) => c.deletedAt === null);

/** Adds a contact; without an escalation order it goes to the end of the customer's list. */
export function createContact(db: LiaisonDb, input: ContactInput): Promise<CommandResult<ContactRow>> {
  return runCommand(db, [db.contacts, db.customers], async (s) => {
    const fields = parseOrRefuse(contactInputSchema, input);
    const customer = await loadLiveCustomer(db, fields.customerId).catch(() => {
      throw refusal('Choose an existing customer for this contact', 'customerId');
    });
    const siblings = await liveContactsOf(db, customer.id);
    const escalationOrder = fields.escalationOrder ?? Math.max(0, ...siblings.map((c) => c.escalationOrder)) + 1;
    const record: Contact = parseOrRefuse(contactSchema, {
      id: s.newId(), scopeId: customer.scopeId, createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null,
      ...fields, escalationOrder,
    });
    const row = toContactRow(record);
    await db.contacts.add(row);
    s.record('contact', record.id, 'insert', record);
    return row;
  });
}

async function loadLiveContact(db: LiaisonDb, id: string): Promise<ContactRow> {
  const row = await contactById(db, id);
  if (!row) throw refusal('This contact does not exist on this device');
  if (row.deletedAt !== null) throw refusal('This contact was deleted');
  return row;
}

/** Changes some fields; `seen` are the values the form showed (the mutation's base). */
export function updateContact(
  db: LiaisonDb, id: string, patch: Partial<ContactInput>, seen?: Partial<Pick<Contact, ContactField>>,
): Promise<CommandResult<ContactRow>> {
  return runCommand(db, [db.contacts, db.customers], async (s) => {
    const existing = await loadLiveContact(db, id);
    const before: Contact = stripLocal(existing, contactLocalKeys);
    const after: Contact = parseOrRefuse(contactSchema, { ...before, ...pickFields(patch, contactFields), updatedAt: s.at, updatedBy: s.profile.id });
    if (after.customerId !== before.customerId) {
      await loadLiveCustomer(db, after.customerId).catch(() => {
        throw refusal('Choose an existing customer for this contact', 'customerId');
      });
    }
    const diff = diffFields(before, after, contactFields, seen);
    if (!diff.changed) return existing;
    const row = toContactRow(after);
    // The customer is part of the primary key: moving a contact replaces its row.
    if (after.customerId !== before.customerId) await db.contacts.delete([before.customerId, id]);
    await db.contacts.put(row);
    s.record('contact', id, 'update', diff.patch, diff.base);
    return row;
  });
}

/** Soft delete (the record stays as a tombstone for sync). */
export function deleteContact(db: LiaisonDb, id: string): Promise<CommandResult<ContactRow>> {
  return runCommand(db, [db.contacts], async (s) => {
    const existing = await loadLiveContact(db, id);
    const row = toContactRow({ ...stripLocal(existing, contactLocalKeys), deletedAt: s.at, updatedAt: s.at, updatedBy: s.profile.id });
    await db.contacts.put(row);
    s.record('contact', id, 'delete', { deletedAt: s.at }, { deletedAt: null });
    return row;
  });
}

/**
 * Sets the escalation order to the order of `orderedIds` (1, 2, 3...). The ids must be exactly the
 * customer's live contacts. Only contacts whose position changed get a mutation.
 */
export function reorderEscalation(db: LiaisonDb, customerId: string, orderedIds: readonly string[]): Promise<CommandResult<ContactRow[]>> {
  return runCommand(db, [db.contacts, db.customers], async (s) => {
    await loadLiveCustomer(db, customerId);
    const contacts = await liveContactsOf(db, customerId);
    const byId = new Map(contacts.map((c) => [c.id, c]));
    if (orderedIds.length !== contacts.length || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => byId.has(id))) {
      throw refusal('The new order must list each of this customer\'s contacts exactly once');
    }
    const rows: ContactRow[] = [];
    for (const [index, id] of orderedIds.entries()) {
      const existing = byId.get(id)!;
      const escalationOrder = index + 1;
      if (existing.escalationOrder === escalationOrder) {
        rows.push(existing);
        continue;
      }
      const row: ContactRow = { ...existing, escalationOrder, updatedAt: s.at, updatedBy: s.profile.id };
      rows.push(row);
      s.record('contact', id, 'update', { escalationOrder }, { escalationOrder: existing.escalationOrder });
    }
    await db.contacts.bulkPut(rows);
    return rows;
  });
}

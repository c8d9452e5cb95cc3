// Export's read path: the customers matching the directory filters (or all), life-safety first, each
// with its live contacts, handed out in batches so a large directory never has to be one array of
// contacts. Runs wherever the database is open (the export worker opens its own connection).
import type { Contact } from '../../../shared/domain/contact';
import { customersPage } from '../customers/queries';
import type { CustomerFilters } from '../customers/queries';
import type { LiaisonDb } from '../db';
import type { CustomerRow } from '../rows';

export interface ExportBatchItem {
  customer: CustomerRow;
  contacts: Contact[];
}

export interface ExportDirectoryOptions {
  filters?: CustomerFilters;
  batchSize?: number;
  /** Reference time of the "not contacted in N days" filter. */
  now?: number;
}

/** Calls `onBatch` with consecutive batches; returns the number of customers exported. */
export async function exportDirectory(
  db: LiaisonDb,
  onBatch: (items: ExportBatchItem[], done: number, total: number) => void | Promise<void>,
  { filters = {}, batchSize = 1_000, now }: ExportDirectoryOptions = {},
): Promise<number> {
  const { rows, total } = await customersPage(db, { filters, sort: 'tier', limit: Number.MAX_SAFE_INTEGER, ...(now !== undefined && { now }) });
  for (let start = 0; start < rows.length; start += batchSize) {
    const customers = rows.slice(start, start + batchSize);
    const contacts = await db.contacts.where('customerId').anyOf(customers.map((c) => c.id)).toArray();
    const byCustomer = new Map<string, Contact[]>();
    for (const { searchTokens: _tokens, ...contact } of contacts) {
      if (contact.deletedAt !== null) continue;
      const list = byCustomer.get(contact.customerId);
      if (list) list.push(contact);
      else byCustomer.set(contact.customerId, [contact]);
    }
    await onBatch(customers.map((customer) => ({ customer, contacts: byCustomer.get(customer.id) ?? [] })), start + customers.length, total);
  }
  return total;
}

// Import's write path: customers and their contacts from a checked import plan, each record with its
// outbox insert mutation (an imported customer is a local write the server must receive). bulkLoad
// cannot do this: it takes finished records (ids, scope and author come from the write session here),
// writes one table per transaction, and looks up log entries for every customer. Batches of customers
// are written in their own 'rw' transactions (records + outbox + seq together), so progress can be
// shown and other commands are not blocked for the whole import; an account that exists by the time its
// batch is written is skipped, so repeating an interrupted import never duplicates a customer.
import { contactSchema } from '../../../shared/domain/contact';
import type { Contact } from '../../../shared/domain/contact';
import { customerSchema } from '../../../shared/domain/customer';
import type { Customer } from '../../../shared/domain/customer';
import { compactText } from '../../../shared/search/tokens';
import type { ImportedContact, ImportedCustomer } from '../../../shared/transfer/convertRow';
import { parseOrRefuse, Refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { startWriteSession } from '../outbox/writeSession';
import { toContactRow, toCustomerRow } from '../rows';
import type { ContactRow, CustomerRow } from '../rows';
import { batchesWithin } from '../writeBatch';
import { existingAccountKeys } from './existingAccounts';

/**
 * What a customer group writes, estimated from its JSON: its records, an outbox mutation (a copy) for
 * each and their index entries (search tokens above all) come to about four times the input. Measured
 * on the demo data set: a customer with four contacts is ~2.9 KB of input and ~12 KB written.
 */
const bytesWritten = (group: ImportCustomerGroup) => 4 * JSON.stringify(group).length;

export interface ImportCustomerGroup {
  customer: ImportedCustomer;
  contacts: readonly { contact: ImportedContact }[];
}

export interface ImportDirectoryOptions {
  /** At most this many customers per transaction (each also stays within BYTES_PER_WRITE). */
  batchSize?: number;
  /** After each committed batch: customers handled so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportDirectoryReport {
  customers: number;
  contacts: number;
  /** Account numbers skipped because a customer with that account already exists. */
  skippedAccounts: string[];
}

async function writeBatch(db: LiaisonDb, batch: readonly ImportCustomerGroup[], report: ImportDirectoryReport): Promise<void> {
  await db.transaction('rw', [db.customers, db.contacts, db.outbox, db.syncMeta], async () => {
    const s = await startWriteSession(db);
    const existing = await existingAccountKeys(db, batch.map((g) => compactText(g.customer.accountNumber)));
    const customers: CustomerRow[] = [];
    const contacts: ContactRow[] = [];
    const skipped: string[] = [];
    const stamp = { createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null };
    for (const group of batch) {
      if (existing.has(compactText(group.customer.accountNumber))) {
        skipped.push(group.customer.accountNumber);
        continue;
      }
      const customer: Customer = parseOrRefuse(customerSchema, {
        ...group.customer, ...stamp, id: s.newId(), scopeId: s.profile.regionId,
        servicePoints: group.customer.servicePoints.map((sp) => ({ ...sp, id: s.newId() })),
      });
      customers.push(toCustomerRow(customer));
      s.record('customer', customer.id, 'insert', customer);
      for (const { contact: fields } of group.contacts) {
        const contact: Contact = parseOrRefuse(contactSchema, { ...fields, ...stamp, id: s.newId(), scopeId: customer.scopeId, customerId: customer.id });
        contacts.push(toContactRow(contact));
        s.record('contact', contact.id, 'insert', contact);
      }
    }
    await Promise.all([db.customers.bulkAdd(customers), db.contacts.bulkAdd(contacts)]);
    await s.flush();
    report.customers += customers.length;
    report.contacts += contacts.length;
    report.skippedAccounts.push(...skipped);
  });
}

export async function importDirectory(
  db: LiaisonDb, groups: readonly ImportCustomerGroup[], { batchSize = 500, onProgress }: ImportDirectoryOptions = {},
): Promise<CommandResult<ImportDirectoryReport>> {
  const report: ImportDirectoryReport = { customers: 0, contacts: 0, skippedAccounts: [] };
  let done = 0;
  for (const batch of batchesWithin(groups, bytesWritten, batchSize)) {
    try {
      await writeBatch(db, batch, report);
    } catch (error) {
      const saved = `${report.customers} customers and ${report.contacts} contacts were saved before this`;
      if (error instanceof Refusal) return { ok: false, error: `${error.message} (${saved})`, issues: error.issues };
      return { ok: false, error: `Could not save: ${error instanceof Error ? error.message : String(error)} (${saved})`, issues: [] };
    }
    done += batch.length;
    onProgress?.(done, groups.length);
  }
  return { ok: true, value: report };
}

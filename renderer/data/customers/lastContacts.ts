// "Last contacted" per customer (see LastContactRow): moved forward by every log entry that talks
// with a customer, whether written here or pulled by sync, and joined onto customers for display.
import type { LiaisonDb } from '../db';
import { isContact } from '../rows';
import type { CustomerRow, CustomerView, LastContactRow, LogEntryRow } from '../rows';

type ContactFields = Pick<LogEntryRow, 'customerId' | 'direction' | 'contactOutcome' | 'occurredAt'>;

function latestContacts(entries: readonly ContactFields[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const e of entries) if (isContact(e) && (latest.get(e.customerId!) ?? '') < e.occurredAt) latest.set(e.customerId!, e.occurredAt);
  return latest;
}

const byCustomer = (rows: readonly (LastContactRow | undefined)[]): Map<string, string> =>
  new Map(rows.flatMap((row) => (row ? [[row.customerId, row.at] as const] : [])));

/** The rows that move forward, given what is stored for the talked-to customers (never back). */
export function movedLastContacts(entries: readonly ContactFields[], stored: readonly (LastContactRow | undefined)[]): LastContactRow[] {
  const known = byCustomer(stored);
  return [...latestContacts(entries)].flatMap(([customerId, at]) => ((known.get(customerId) ?? '') >= at ? [] : [{ customerId, at }]));
}

/** Moves each talked-to customer's last contact forward (never back). Call inside a rw transaction on lastContacts. */
export async function touchLastContacts(db: LiaisonDb, entries: readonly ContactFields[]): Promise<void> {
  const ids = [...latestContacts(entries).keys()];
  if (ids.length === 0) return;
  const moved = movedLastContacts(entries, await db.lastContacts.bulkGet(ids));
  if (moved.length > 0) await db.lastContacts.bulkPut(moved);
}

/** Last contact per customer id, for those ever contacted. */
export async function lastContactsOf(db: LiaisonDb, customerIds: readonly string[]): Promise<Map<string, string>> {
  return byCustomer(await db.lastContacts.bulkGet([...customerIds]));
}

/** The customers with their last contact (null: never contacted), in the same order. */
export async function withLastContacts(db: LiaisonDb, rows: readonly CustomerRow[]): Promise<CustomerView[]> {
  const last = await lastContactsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, lastContactedAt: last.get(row.id) ?? null }));
}

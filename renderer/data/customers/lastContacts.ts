// "Last contacted" per customer (see LastContactRow): moved forward by every log entry that talks
// with a customer, whether written here or pulled by sync, and joined onto customers for display.
import type { LiaisonDb } from '../db';
import { isContact } from '../rows';
import type { CustomerRow, CustomerView, LogEntryRow } from '../rows';

/** Moves each talked-to customer's last contact forward (never back). Call inside a rw transaction on lastContacts. */
export async function touchLastContacts(db: LiaisonDb, entries: readonly Pick<LogEntryRow, 'customerId' | 'direction' | 'contactOutcome' | 'occurredAt'>[]): Promise<void> {
  const latest = new Map<string, string>();
  for (const e of entries) if (isContact(e) && (latest.get(e.customerId!) ?? '') < e.occurredAt) latest.set(e.customerId!, e.occurredAt);
  if (latest.size === 0) return;
  const ids = [...latest.keys()];
  const stored = await db.lastContacts.bulkGet(ids);
  const moved = ids.flatMap((customerId, i) => {
    const at = latest.get(customerId)!;
    return stored[i] && stored[i].at >= at ? [] : [{ customerId, at }];
  });
  if (moved.length > 0) await db.lastContacts.bulkPut(moved);
}

/** The customers with their last contact (null: never contacted), in the same order. */
export async function withLastContacts(db: LiaisonDb, rows: readonly CustomerRow[]): Promise<CustomerView[]> {
  const last = await db.lastContacts.bulkGet(rows.map((r) => r.id));
  return rows.map((row, i) => ({ ...row, lastContactedAt: last[i]?.at ?? null }));
}

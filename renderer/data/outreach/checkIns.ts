// Customers due for their regular check-in (shared/outreach/checkInDue.ts), also when nothing is
// wrong: due from the last contact in the log (the `lastContacts` table the log keeps), counted in
// calendar days of the liaison's time zone. Optionally only the customers assigned to one liaison.
import { tierRank } from '../../../shared/domain/customer';
import { checkInDue } from '../../../shared/outreach/checkInDue';
import type { CheckInDue } from '../../../shared/outreach/checkInDue';
import type { LiaisonDb } from '../db';
import type { CustomerRow } from '../rows';

export interface CheckInRow extends CheckInDue {
  customer: CustomerRow;
  lastContactAt: string | null;
}

export interface CheckInQuery {
  now: number;
  timeZone: string;
  assignedLiaisonId?: string;
}

const overdueFirst = (a: CheckInRow, b: CheckInRow) =>
  (b.daysOverdue ?? Infinity) - (a.daysOverdue ?? Infinity) ||
  tierRank[a.customer.tier] - tierRank[b.customer.tier] ||
  a.customer.name.localeCompare(b.customer.name);

export async function dueCheckIns(db: LiaisonDb, q: CheckInQuery): Promise<CheckInRow[]> {
  const customers = await (q.assignedLiaisonId === undefined
    ? db.customers.toArray()
    : db.customers.where('assignedLiaisonId').equals(q.assignedLiaisonId).toArray());
  const live = customers.filter((c) => c.deletedAt === null);
  const lastContacts = await db.lastContacts.bulkGet(live.map((c) => c.id));
  const rows: CheckInRow[] = [];
  live.forEach((customer, i) => {
    const lastContactAt = lastContacts[i]?.at ?? null;
    const due = checkInDue(lastContactAt, customer.checkInCadenceDays, q.now, q.timeZone);
    if (due.due) rows.push({ customer, lastContactAt, ...due });
  });
  return rows.sort(overdueFirst);
}

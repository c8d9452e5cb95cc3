// Notices owed before a planned interruption: for every planned outage not yet started, the customers
// with a service point in its affected areas, and whether each was told. A notice counts when the
// customer was reached in a log entry of that event (same progress rule as event outreach).
import { tierRank } from '../../../shared/domain/customer';
import { notStarted, progressByCustomer } from '../../../shared/outreach/contactProgress';
import type { CustomerProgress } from '../../../shared/outreach/contactProgress';
import { areaKey } from '../../../shared/outreach/customerEtr';
import type { LiaisonDb } from '../db';
import type { CustomerRow, EventRow } from '../rows';
import { customersInAreas } from './customersInAreas';
import { currentEntriesOfEvent } from './eventLog';

export interface NoticeRow extends CustomerProgress {
  customer: CustomerRow;
}

export interface PlannedInterruption {
  event: EventRow;
  rows: NoticeRow[];
  notified: number;
}

const byStart = (a: EventRow, b: EventRow) => (a.startedAt ?? a.createdAt).localeCompare(b.startedAt ?? b.createdAt);

export async function plannedNotices(db: LiaisonDb, now: number): Promise<PlannedInterruption[]> {
  const planned = (await db.events.where('status').equals('planned').toArray())
    .filter((e) => e.deletedAt === null && e.kind === 'planned_outage')
    .sort(byStart);
  return Promise.all(planned.map(async (event) => {
    const [customers, entries] = await Promise.all([
      customersInAreas(db, new Set(event.affectedServiceAreas.map(areaKey))),
      currentEntriesOfEvent(db, event.id, now),
    ]);
    const progress = progressByCustomer(entries);
    const rows = customers
      .map((customer) => ({ customer, ...(progress.get(customer.id) ?? notStarted) }))
      .sort((a, b) => tierRank[a.customer.tier] - tierRank[b.customer.tier] || a.customer.name.localeCompare(b.customer.name));
    return { event, rows, notified: rows.filter((r) => r.progress === 'reached').length };
  }));
}

// Outreach for one event, computed in memory from a handful of indexed reads (never one query per
// customer): the current briefing, the event's log, the customers in the areas it lists as out (plus
// emergency reporters and promised customers), then the pure rules of shared/outreach.
import { progressByCustomer } from '../../../shared/outreach/contactProgress';
import { affectedAreaEtrs } from '../../../shared/outreach/customerEtr';
import { callbacksDue } from '../../../shared/outreach/etrLedger';
import { outreachTotals, rankOutreach } from '../../../shared/outreach/rankOutreach';
import type { OutreachLine, OutreachTotals } from '../../../shared/outreach/rankOutreach';
import { briefingVersions } from '../briefings/queries';
import type { LiaisonDb } from '../db';
import type { BriefingRow, CustomerRow } from '../rows';
import { addCustomers, customersInAreas } from './customersInAreas';
import { currentEntriesOfEvent } from './eventLog';
import { ledgerOf } from './eventLedger';
import type { EventLedgerLine } from './eventLedger';

export interface OutreachRow extends OutreachLine<CustomerRow> {
  /** The callback owed to this customer (its ETR moved by more than 2 hours), if any. */
  callback: EventLedgerLine | null;
}

export interface EventOutreach {
  /** The latest published briefing (null: nothing published yet, so no areas are known). */
  briefing: BriefingRow | null;
  rows: OutreachRow[];
  totals: OutreachTotals & { callbacks: number };
  ledger: EventLedgerLine[];
  customers: ReadonlyMap<string, CustomerRow>;
}

export async function eventOutreach(db: LiaisonDb, eventId: string, now: number): Promise<EventOutreach> {
  const [versions, entries] = await Promise.all([briefingVersions(db, eventId), currentEntriesOfEvent(db, eventId, now)]);
  const briefing = versions.find((b) => b.status === 'published') ?? null;
  const areaEtrs = affectedAreaEtrs(briefing?.areas ?? []);
  const emergencies = new Set(entries.flatMap((e) => (e.category === 'emergency_report' && e.customerId ? [e.customerId] : [])));
  const customers = new Map((await customersInAreas(db, new Set(areaEtrs.keys()))).map((c) => [c.id, c]));
  await addCustomers(db, customers, emergencies);
  const affected = [...customers.values()];
  const ledger = await ledgerOf(db, entries, versions, customers);
  const callbacks = new Map(callbacksDue(ledger).map((l) => [l.customerId, l]));
  const lines = rankOutreach({ customers: affected, areaEtrs, emergencies, progress: progressByCustomer(entries), now });
  const rows = lines.map((l) => ({ ...l, callback: callbacks.get(l.customer.id) ?? null }));
  return { briefing, rows, totals: { ...outreachTotals(lines), callbacks: callbacks.size }, ledger, customers };
}

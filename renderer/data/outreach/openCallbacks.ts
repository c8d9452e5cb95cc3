// The callbacks owed in the event this device works under, for the follow-ups list (the quick-entry
// bar logs to that event and quotes its current briefing, so a callback logged there closes it).
// Derived like the ledger: they appear when a newer briefing arrives and disappear once the new ETR
// is logged, on every replica alike.
import { callbacksDue } from '../../../shared/outreach/etrLedger';
import { briefingVersions } from '../briefings/queries';
import type { LiaisonDb } from '../db';
import { activeEvent } from '../events/queries';
import type { CustomerRow, EventRow } from '../rows';
import { currentEntriesOfEvent } from './eventLog';
import { ledgerOf } from './eventLedger';
import type { EventLedgerLine } from './eventLedger';

export interface OpenCallback {
  event: EventRow;
  customer: CustomerRow;
  line: EventLedgerLine;
}

export async function openCallbacks(db: LiaisonDb, now: number): Promise<OpenCallback[]> {
  const event = await activeEvent(db);
  if (!event) return [];
  const [versions, entries] = await Promise.all([briefingVersions(db, event.id), currentEntriesOfEvent(db, event.id, now)]);
  const customers = new Map<string, CustomerRow>();
  return callbacksDue(await ledgerOf(db, entries, versions, customers))
    .flatMap((line) => {
      const customer = customers.get(line.customerId);
      return customer ? [{ event, customer, line }] : [];
    })
    .sort((a, b) => a.customer.tierRank - b.customer.tierRank || a.customer.name.localeCompare(b.customer.name));
}

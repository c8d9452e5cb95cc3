// The ETR ledger of one event (shared/outreach/etrLedger.ts) over the local database: its published
// briefing versions and its log, with the service areas of every customer who was promised an ETR.
import { affectedAreaEtrs } from '../../../shared/outreach/customerEtr';
import { etrLedger } from '../../../shared/outreach/etrLedger';
import type { LedgerLine, PublishedVersion } from '../../../shared/outreach/etrLedger';
import type { LiaisonDb } from '../db';
import type { BriefingRow, CustomerRow, LogEntryRow } from '../rows';
import { addCustomers } from './customersInAreas';

export type EventLedgerLine = LedgerLine<LogEntryRow>;

export const publishedVersionsOf = (versions: readonly BriefingRow[]): PublishedVersion[] =>
  versions.filter((b) => b.status !== 'draft').map((b) => ({ version: b.version, issuedAt: b.issuedAt, areaEtrs: affectedAreaEtrs(b.areas) }));

/** The ledger from an event's current entries; adds the promised customers to `customers`. */
export async function ledgerOf(
  db: LiaisonDb, entries: readonly LogEntryRow[], versions: readonly BriefingRow[], customers: Map<string, CustomerRow>,
): Promise<EventLedgerLine[]> {
  const promises = entries.filter((e) => e.etrGiven !== null && e.customerId !== null);
  await addCustomers(db, customers, promises.map((e) => e.customerId!));
  return etrLedger({ entries: promises, versions: publishedVersionsOf(versions), serviceAreasOf: (id) => customers.get(id)?.serviceAreas });
}

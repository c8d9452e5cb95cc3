// Customers with a service point in any of the given areas, from the `*serviceAreas` index: the
// area names are matched ignoring case (as briefings compare them) against the index's distinct
// keys, then one key read per area lists their customers (one read per AREA, never a scan; `anyOf`
// walks a cursor and is far slower here). The records are then read in chunks of ids: a storm's areas
// hold thousands of customers, and Chromium turns one big read's result into objects in a single task.
// Measured on the bench directory (8500 customers to contact): one read per area froze the window for
// up to 204 ms; chunks of 500 keep every task under 100 ms, for a slower whole (1.9 s against 1.1 s)
// that the view spends showing its previous result. Chunks read all at once froze it again (570 ms).
import { areaKey } from '../../../shared/outreach/customerEtr';
import type { LiaisonDb } from '../db';
import type { CustomerRow } from '../rows';

/** Customers read per request: small enough that turning them into objects never stalls the window. */
const CUSTOMERS_PER_READ = 500;

export async function customersInAreas(db: LiaisonDb, areaKeys: ReadonlySet<string>): Promise<CustomerRow[]> {
  if (areaKeys.size === 0) return [];
  const names = (await db.customers.orderBy('serviceAreas').uniqueKeys()).map(String).filter((a) => areaKeys.has(areaKey(a)));
  const perArea = await Promise.all(names.map((name) => db.customers.where('serviceAreas').equals(name).primaryKeys()));
  const byId = new Map<string, CustomerRow>();
  await addCustomers(db, byId, perArea.flat());
  return [...byId.values()];
}

/** Live customers by id, for ids not already in `known`. */
export async function addCustomers(db: LiaisonDb, known: Map<string, CustomerRow>, ids: Iterable<string>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  for (let start = 0; start < missing.length; start += CUSTOMERS_PER_READ) {
    for (const row of await db.customers.bulkGet(missing.slice(start, start + CUSTOMERS_PER_READ))) {
      if (row && row.deletedAt === null) known.set(row.id, row);
    }
  }
}

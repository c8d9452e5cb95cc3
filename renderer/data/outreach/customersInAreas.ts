// Customers with a service point in any of the given areas, from the `*serviceAreas` index: the
// area names are matched ignoring case (as briefings compare them) against the index's distinct
// keys, then one range read per area loads just those customers (one read per AREA, never per
// customer; `anyOf` walks a cursor and is far slower here).
import { areaKey } from '../../../shared/outreach/customerEtr';
import type { LiaisonDb } from '../db';
import type { CustomerRow } from '../rows';

export async function customersInAreas(db: LiaisonDb, areaKeys: ReadonlySet<string>): Promise<CustomerRow[]> {
  if (areaKeys.size === 0) return [];
  const names = (await db.customers.orderBy('serviceAreas').uniqueKeys()).map(String).filter((a) => areaKeys.has(areaKey(a)));
  if (names.length === 0) return [];
  const perArea = await Promise.all(names.map((name) => db.customers.where('serviceAreas').equals(name).toArray()));
  const byId = new Map<string, CustomerRow>();
  for (const rows of perArea) for (const c of rows) if (c.deletedAt === null) byId.set(c.id, c);
  return [...byId.values()];
}

/** Live customers by id, for ids not already in `known` (one bulk read). */
export async function addCustomers(db: LiaisonDb, known: Map<string, CustomerRow>, ids: Iterable<string>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  for (const row of await db.customers.bulkGet(missing)) if (row && row.deletedAt === null) known.set(row.id, row);
}

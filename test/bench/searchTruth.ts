// The right answer for a search, to check the benchmarked search is not fast because it misses
// matches: every customer matching every term (its own tokens or any live contact's), from uncapped
// index lookups. Slow on purpose (reads every matching contact); used once per complete query.
import { parseSearchQuery } from '../../shared/search/tokens';
import type { LiaisonDb } from '../../renderer/data/db';

export async function allMatchingCustomers(db: LiaisonDb, query: string): Promise<Set<string>> {
  let result: Set<string> | null = null;
  for (const term of parseSearchQuery(query)) {
    const [customerIds, contacts] = await Promise.all([
      db.customers.where('searchTokens').startsWith(term).primaryKeys(),
      db.contacts.where('searchTokens').startsWith(term).toArray(),
    ]);
    const ids = new Set<string>(customerIds);
    for (const c of contacts) if (c.deletedAt === null) ids.add(c.customerId);
    const customers = await db.customers.bulkGet([...ids]);
    const live = new Set<string>();
    for (const customer of customers) if (customer && customer.deletedAt === null) live.add(customer.id);
    result = result === null ? live : intersect(result, live);
  }
  return result ?? new Set();
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const both = new Set<string>();
  for (const id of a) if (b.has(id)) both.add(id);
  return both;
}

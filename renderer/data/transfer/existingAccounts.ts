// Which account numbers are already in the directory, found through the search index (every live
// customer's account number is one of its tokens, in compact form), never by scanning the table.
import { compactText } from '../../../shared/search/tokens';
import type { LiaisonDb } from '../db';

const LOOKUP_CHUNK = 2_000;

/** The subset of `accountKeys` (compact account numbers, see `compactText`) a live customer has. */
export async function existingAccountKeys(db: LiaisonDb, accountKeys: Iterable<string>): Promise<Set<string>> {
  const wanted = new Set([...accountKeys].filter(Boolean));
  const found = new Set<string>();
  const keys = [...wanted];
  for (let start = 0; start < keys.length; start += LOOKUP_CHUNK) {
    const rows = await db.customers.where('searchTokens').anyOf(keys.slice(start, start + LOOKUP_CHUNK)).toArray();
    for (const row of rows) {
      const key = compactText(row.accountNumber);
      if (row.deletedAt === null && wanted.has(key)) found.add(key);
    }
  }
  return found;
}

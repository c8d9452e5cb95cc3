// Search-as-you-type: every planned query is typed one character at a time and `searchDirectory` is
// awaited after each keystroke, as the directory's search box would run it (no debounce here: the
// figure is the latency of one keystroke's search).
import { openLocalDb } from '../../renderer/data/db';
import { searchDirectory } from '../../renderer/data/search/searchDirectory';
import type { SearchHit } from '../../renderer/data/search/searchDirectory';
import type { KeystrokeSample, SearchRequest, SearchResult, TypedQuery } from './benchApi';
import { allMatchingCustomers } from './searchTruth';
import { planQueries } from './typingQueries';

/** Hits the directory asks for per search (SEARCH_PAGE in renderer/features/customers/list/useDirectoryRows.ts; scrolling reads more). */
const LIMIT = 30;

export async function searchTyping(request: SearchRequest): Promise<SearchResult> {
  const db = await openLocalDb(request.dbName);
  try {
    const planned = await planQueries(db, request.seed, request.queriesPerKind);
    await searchDirectory(db, 'warm up');
    const samples: KeystrokeSample[] = [];
    const finals: { kind: TypedQuery['kind']; query: string; targetCustomerId: string; hits: SearchHit[] }[] = [];
    await window.benchCpuMark?.('typing:start');
    for (const { kind, query, targetCustomerId } of planned) {
      let last: SearchHit[] = [];
      for (let i = 1; i <= query.length; i++) {
        const text = query.slice(0, i);
        const start = performance.now();
        last = await searchDirectory(db, text, LIMIT);
        samples.push({ kind, text, ms: performance.now() - start, hits: last.length });
      }
      finals.push({ kind, query, targetCustomerId, hits: last });
    }
    await window.benchCpuMark?.('typing:end');
    // Checked after all typing so the uncapped lookups do not warm caches for the timed keystrokes.
    const queries: TypedQuery[] = [];
    for (const { kind, query, targetCustomerId, hits } of finals) {
      const truth = await allMatchingCustomers(db, query);
      queries.push({
        kind, query, hits: hits.length, limit: LIMIT, trueMatches: truth.size,
        correctHits: hits.filter((h) => truth.has(h.customer.id)).length,
        foundTarget: hits.some((h) => h.customer.id === targetCustomerId),
      });
    }
    return { samples, queries };
  } finally {
    db.close();
  }
}

// Rows for the virtualized directory list. Browsing reads only the page window the visible rows need
// (`customersPage`, computed from index keys), so 50k customers never sit in React state; a search
// reads the index-backed `searchDirectory` hits (a hundred at most) among the customers the filters let through.
// While a new query runs, the previous result stays on screen (marked stale) instead of flashing empty.
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { customerIdsMatching, customersPageRows, liveCustomerCount } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import type { CustomerView } from '../../../data/rows';
import { searchDirectory } from '../../../data/search/searchDirectory';
import type { SearchMatch } from '../../../data/search/searchDirectory';
import type { DirectoryFilters, DirectorySort } from '../../../store/directorySlice';
import { toCustomerFilters } from './directoryModel';
import type { PageWindow } from './directoryModel';

/**
 * Hits read by one search: about a screen and a half (each hit reads its records, on every keystroke).
 * Scrolling to the end of them reads this many more, up to SEARCH_MAX.
 */
export const SEARCH_PAGE = 30;
const SEARCH_MAX = 300;
/** Search runs this long after the last keystroke (it takes a few ms; this only skips mid-word runs). */
const SEARCH_DEBOUNCE_MS = 40;

export interface DirectoryRowData {
  customer: CustomerView;
  /** What a search matched (absent while browsing). */
  matches?: SearchMatch[];
}

export interface DirectoryRows {
  /** What the rows on screen are: while a new query runs, still the mode of the result shown. */
  mode: 'browse' | 'search';
  /** Rows in the whole result; undefined until the first result arrives. */
  total: number | undefined;
  /** `total` is only the rows loaded so far: the count of all customers is on its way. */
  counting: boolean;
  /** The search hit its limit: there may be more matches. */
  capped: boolean;
  /** Reads more search hits (set while the list can show more: its last row is a placeholder for them). */
  loadMore: (() => void) | null;
  /** The result on screen belongs to an older query (a newer one is running). */
  stale: boolean;
  /** Identifies the query (search, filters, sort) the caller asked for. */
  queryKey: string;
  /** The term actually searched (debounced). */
  searchedText: string;
  rowAt: (index: number) => DirectoryRowData | undefined;
}

interface Loaded {
  key: string;
  mode: 'browse' | 'search';
  /** null: browsing everything, counted separately (liveCustomerCount). */
  total: number | null;
  offset: number;
  rows: DirectoryRowData[];
  capped: boolean;
}

export function useDirectoryRows(searchText: string, filters: DirectoryFilters, sort: DirectorySort, loadWindow: PageWindow): DirectoryRows {
  const db = useDb();
  const [searched] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const mode = searched === '' ? 'browse' : 'search';
  // "Not contacted in N days" is measured from when the filters were set, so the query stays stable.
  const query = useMemo(() => ({ filters: toCustomerFilters(filters), now: Date.now() }), [filters]);
  const key = JSON.stringify([searched, query.filters, mode === 'browse' ? sort : null]);
  const offset = mode === 'browse' ? loadWindow.offset : 0;
  const [depth, setDepth] = useState({ key, limit: SEARCH_PAGE });
  const searchLimit = depth.key === key ? depth.limit : SEARCH_PAGE;
  const limit = mode === 'browse' ? loadWindow.limit : searchLimit;

  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    if (searched !== '') {
      const within = await customerIdsMatching(db, query.filters, query.now);
      const hits = await searchDirectory(db, searched, limit, { within });
      const rows = hits.map((h) => ({ customer: h.customer, matches: h.matches }));
      return { key, mode: 'search', total: rows.length, offset: 0, rows, capped: hits.length >= limit };
    }
    const page = await customersPageRows(db, { filters: query.filters, sort: sort.by, descending: sort.descending, offset, limit, now: query.now });
    return { key, mode: 'browse', total: page.total, offset, rows: page.rows.map((customer) => ({ customer })), capped: false };
    // `key` stands for searched, filters and sort.
  }, [db, key, offset, limit]);
  // Unfiltered browsing shows its rows before the count of all customers (which takes longer) arrives.
  const needsCount = loaded !== undefined && loaded.total === null;
  const liveCount = useLiveQuery(async () => (needsCount ? liveCustomerCount(db) : null), [db, needsCount]);
  const canLoadMore = mode === 'search' && loaded?.key === key && loaded.capped && searchLimit < SEARCH_MAX;
  const loadMore = useCallback(() => {
    setDepth((d) => ({ key, limit: Math.min(SEARCH_MAX, (d.key === key ? d.limit : SEARCH_PAGE) + SEARCH_PAGE) }));
  }, [key]);
  const loadedTotal = loaded === undefined ? undefined : loaded.total ?? liveCount ?? loaded.offset + loaded.rows.length;
  const total = loadedTotal === undefined ? undefined : loadedTotal + (canLoadMore ? 1 : 0);

  return useMemo(
    () => ({
      mode: loaded?.mode ?? mode,
      total,
      counting: needsCount && (liveCount ?? null) === null,
      capped: loaded?.capped ?? false,
      loadMore: canLoadMore ? loadMore : null,
      stale: loaded !== undefined && loaded.key !== key,
      queryKey: key,
      searchedText: searched,
      rowAt: (index: number) => (loaded ? loaded.rows[index - loaded.offset] : undefined),
    }),
    [loaded, total, liveCount, needsCount, canLoadMore, loadMore, key, mode, searched],
  );
}

// Rows for the virtualized directory list. Browsing reads only the page window the visible rows need
// (`customersPage`, computed from index keys), so 50k customers never sit in React state; a search
// reads the index-backed `searchDirectory` hits (a hundred at most) among the customers the filters let through.
// While a new query runs, the previous result stays on screen (marked stale) instead of flashing empty.
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { customerIdsMatching, customersPage } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import type { CustomerView } from '../../../data/rows';
import { searchDirectory } from '../../../data/search/searchDirectory';
import type { SearchMatch } from '../../../data/search/searchDirectory';
import type { DirectoryFilters, DirectorySort } from '../../../store/directorySlice';
import { toCustomerFilters } from './directoryModel';
import type { PageWindow } from './directoryModel';

/** Hits returned by one search (each reads its records: keep it near what a screen shows); more reads as "100+". */
export const SEARCH_LIMIT = 100;
/** Search runs this long after the last keystroke (it takes a few ms; this only skips mid-word runs). */
const SEARCH_DEBOUNCE_MS = 40;

export interface DirectoryRowData {
  customer: CustomerView;
  /** What a search matched (absent while browsing). */
  matches?: SearchMatch[];
}

export interface DirectoryRows {
  mode: 'browse' | 'search';
  /** Rows in the whole result; undefined until the first result arrives. */
  total: number | undefined;
  /** The search hit its limit: there may be more matches. */
  capped: boolean;
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
  total: number;
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
  const limit = mode === 'browse' ? loadWindow.limit : SEARCH_LIMIT;

  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    if (searched !== '') {
      const within = await customerIdsMatching(db, query.filters, query.now);
      const hits = await searchDirectory(db, searched, SEARCH_LIMIT, { within });
      const rows = hits.map((h) => ({ customer: h.customer, matches: h.matches }));
      return { key, total: rows.length, offset: 0, rows, capped: hits.length >= SEARCH_LIMIT };
    }
    const page = await customersPage(db, { filters: query.filters, sort: sort.by, descending: sort.descending, offset, limit, now: query.now });
    return { key, total: page.total, offset, rows: page.rows.map((customer) => ({ customer })), capped: false };
    // `key` stands for searched, filters and sort.
  }, [db, key, offset, limit]);

  return useMemo(
    () => ({
      mode,
      total: loaded?.total,
      capped: loaded?.capped ?? false,
      stale: loaded !== undefined && loaded.key !== key,
      queryKey: key,
      searchedText: searched,
      rowAt: (index: number) => (loaded ? loaded.rows[index - loaded.offset] : undefined),
    }),
    [loaded, key, mode, searched],
  );
}

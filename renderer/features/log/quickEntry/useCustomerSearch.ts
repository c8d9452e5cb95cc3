// Search-as-you-type for the customer pickers: runs the directory search for the latest query only
// (an older, slower answer never replaces a newer one).
import { useEffect, useState } from 'react';
import { useDb } from '../../../data/dbContext';
import { searchDirectory } from '../../../data/search/searchDirectory';
import type { SearchHit } from '../../../data/search/searchDirectory';

export interface CustomerSearch {
  hits: SearchHit[];
  /** The query the hits answer ('' before the first answer). */
  answered: string;
}

export function useCustomerSearch(query: string, limit = 8): CustomerSearch {
  const db = useDb();
  const [state, setState] = useState<CustomerSearch>({ hits: [], answered: '' });
  useEffect(() => {
    let current = true;
    const trimmed = query.trim();
    if (trimmed === '') {
      setState({ hits: [], answered: '' });
      return;
    }
    void searchDirectory(db, trimmed, limit).then((hits) => {
      if (current) setState({ hits, answered: trimmed });
    });
    return () => {
      current = false;
    };
  }, [db, query, limit]);
  return state;
}

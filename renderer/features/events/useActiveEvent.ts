import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../data/dbContext';
import { activeEvent } from '../../data/events/queries';
import type { EventRow } from '../../data/rows';

/** The event this device works under; undefined while loading, null when there is none. */
export function useActiveEvent(): EventRow | null | undefined {
  const db = useDb();
  return useLiveQuery(() => activeEvent(db), [db]);
}

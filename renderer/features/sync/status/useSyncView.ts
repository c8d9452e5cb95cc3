import { useLiveQuery } from 'dexie-react-hooks';
import { useNow } from '../../../app/useNow';
import { useDb } from '../../../data/dbContext';
import { outboxSummary } from '../../../data/outbox/queries';
import { openConflictCount } from '../../../data/sync/syncViews';
import type { OutboxSummary } from '../../../data/outbox/queries';
import { useAppStore } from '../../../store/appStore';
import { selectSyncStatus } from '../../../store/syncSlice';
import type { SyncStatus } from '../../../sync/syncStatus';
import { describeSyncStatus } from '../model/syncStatusView';
import type { SyncStatusView } from '../model/syncStatusView';

const EMPTY: OutboxSummary = { pending: 0, refused: 0, oldestAt: null };

/** The engine's status with the outbox counts (live from the database, so every window has them). */
export function useSyncView(): { status: SyncStatus; outbox: OutboxSummary; view: SyncStatusView } {
  const db = useDb();
  const status = useAppStore(selectSyncStatus);
  const outbox = useLiveQuery(() => outboxSummary(db), [db]) ?? EMPTY;
  const conflicts = useLiveQuery(() => openConflictCount(db), [db]) ?? 0;
  const now = useNow(30_000);
  return { status, outbox, view: describeSyncStatus(status, outbox, now, conflicts) };
}

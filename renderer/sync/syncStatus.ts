// What the sync engine tells the UI (the app bar status and the sync page). Counts of pending and
// refused changes are not here: they come from the outbox through live queries, so every window sees
// them, including windows that are not the one syncing.

export type SyncState =
  /** Another window or tab of this app syncs this database; this one waits to take over. */
  | 'standby'
  /** Pushing or pulling now (see `activity`). */
  | 'syncing'
  /** Up to date as of `lastSyncedAt`; the live signal tells of new changes. */
  | 'idle'
  /** The device has no network. */
  | 'offline'
  /** The server does not answer; retrying at `retryAt`. */
  | 'unreachable'
  /** The server refused the sync (see `error`); retrying at `retryAt`. */
  | 'error'
  /** The session expired or was revoked: sign in again to continue syncing (local data stays). */
  | 'signed_out'
  | 'stopped';

export interface SyncActivity {
  phase: 'pushing' | 'pulling' | 'snapshot';
  /** Mutations pushed or records pulled so far in this phase. */
  done: number;
}

export interface SyncStatus {
  state: SyncState;
  activity: SyncActivity | null;
  lastSyncedAt: string | null;
  /** Plain words for the user when state is error, unreachable or signed_out. */
  error: string | null;
  /** Set when this device's clock is more than 5 minutes off; `skewMs` null when only a refusal told us. */
  clock: { skewMs: number | null } | null;
  retryAt: number | null;
  /** The live signal stream is connected. */
  live: boolean;
  /** Records from the server this app could not read (newer server?), skipped. */
  unreadableRecords: number;
}

export const initialSyncStatus: SyncStatus = {
  state: 'stopped', activity: null, lastSyncedAt: null, error: null, clock: null, retryAt: null, live: false, unreadableRecords: 0,
};

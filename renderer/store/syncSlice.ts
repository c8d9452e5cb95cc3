// Sync and account state for the app bar, the sync page and the sign-in gate: the engine's status as
// it reports it, and who is signed in (never the token). Pending and refused counts are not here:
// they come from the outbox through live queries.
import type { StateCreator } from 'zustand';
import type { User } from '../../shared/api/auth';
import { initialSyncStatus } from '../sync/syncStatus';
import type { SyncStatus } from '../sync/syncStatus';
import type { AppState } from './appStore';

export interface AccountView {
  state: 'loading' | 'signed_out' | 'signed_in';
  user: User | null;
  /** Said on the sign-in screen, e.g. why the session ended. */
  notice: string | null;
}

export interface SyncSlice {
  syncStatus: SyncStatus;
  account: AccountView;
  setSyncStatus: (status: SyncStatus) => void;
  setAccount: (account: AccountView) => void;
}

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set) => ({
  syncStatus: initialSyncStatus,
  account: { state: 'loading', user: null, notice: null },
  setSyncStatus: (syncStatus) => set({ syncStatus }),
  setAccount: (account) => set({ account }),
});

export const selectSyncStatus = (state: AppState) => state.syncStatus;
export const selectAccount = (state: AppState) => state.account;

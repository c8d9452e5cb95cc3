// UI state of the customer directory: search text, filters, sort, the keyboard cursor in the list and
// the customer open beside it. Domain data stays in Dexie; this slice only says what the user is
// looking at, so it survives switching sections (it is not persisted across restarts).
import type { StateCreator } from 'zustand';
import type { CustomerTier, FacilityType } from '../../shared/domain/customer';
import type { CustomerSort } from '../data/customers/queries';
import type { AppState } from './appStore';

export interface DirectoryFilters {
  tiers: CustomerTier[];
  facilityTypes: FacilityType[];
  serviceAreas: string[];
  assignedLiaisonId: string | null;
  backupGeneration: 'any' | 'yes' | 'no';
  /** Only customers not contacted in this many days (never contacted included); null = off. */
  notContactedInDays: number | null;
}

export const emptyDirectoryFilters: DirectoryFilters = {
  tiers: [],
  facilityTypes: [],
  serviceAreas: [],
  assignedLiaisonId: null,
  backupGeneration: 'any',
  notContactedInDays: null,
};

export interface DirectorySort {
  by: CustomerSort;
  descending: boolean;
}

export interface DirectorySlice {
  directorySearch: string;
  directoryFilters: DirectoryFilters;
  directorySort: DirectorySort;
  /** Index of the highlighted row in the current result list (arrow keys move it). */
  directoryCursor: number;
  /** The customer shown in the detail pane. */
  directorySelectedId: string | null;
  setDirectorySearch: (text: string) => void;
  setDirectoryFilters: (patch: Partial<DirectoryFilters>) => void;
  clearDirectoryFilters: () => void;
  setDirectorySort: (sort: DirectorySort) => void;
  setDirectoryCursor: (index: number) => void;
  setDirectorySelectedId: (id: string | null) => void;
}

/** A new query (search, filters or sort) starts at the top of its results. */
export const createDirectorySlice: StateCreator<AppState, [], [], DirectorySlice> = (set) => ({
  directorySearch: '',
  directoryFilters: emptyDirectoryFilters,
  directorySort: { by: 'tier', descending: false },
  directoryCursor: 0,
  directorySelectedId: null,
  setDirectorySearch: (directorySearch) => set({ directorySearch, directoryCursor: 0 }),
  setDirectoryFilters: (patch) => set((state) => ({ directoryFilters: { ...state.directoryFilters, ...patch }, directoryCursor: 0 })),
  clearDirectoryFilters: () => set({ directoryFilters: emptyDirectoryFilters, directoryCursor: 0 }),
  setDirectorySort: (directorySort) => set({ directorySort, directoryCursor: 0 }),
  setDirectoryCursor: (directoryCursor) => set({ directoryCursor: Math.max(0, directoryCursor) }),
  setDirectorySelectedId: (directorySelectedId) => set({ directorySelectedId }),
});

// Briefings screen state: which event and version the reader is looking at (null = the active event
// and its current version, so new versions show up by themselves) and the areas table's sort order.
import type { StateCreator } from 'zustand';
import { defaultAreaSort } from '../features/briefings/model/areaRows';
import type { AreaSort } from '../features/briefings/model/areaRows';
import type { AppState } from './appStore';

export interface BriefingsSlice {
  briefingsEventId: string | null;
  briefingsVersion: number | null;
  briefingsAreaSort: AreaSort;
  /** Choosing another event also goes back to its current version. */
  selectBriefingsEvent: (eventId: string | null) => void;
  selectBriefingsVersion: (version: number | null) => void;
  setBriefingsAreaSort: (sort: AreaSort) => void;
}

export const createBriefingsSlice: StateCreator<AppState, [], [], BriefingsSlice> = (set) => ({
  briefingsEventId: null,
  briefingsVersion: null,
  briefingsAreaSort: defaultAreaSort,
  selectBriefingsEvent: (briefingsEventId) => set({ briefingsEventId, briefingsVersion: null }),
  selectBriefingsVersion: (briefingsVersion) => set({ briefingsVersion }),
  setBriefingsAreaSort: (briefingsAreaSort) => set({ briefingsAreaSort }),
});

export const selectBriefingsEventId = (state: AppState) => state.briefingsEventId;
export const selectBriefingsVersion = (state: AppState) => state.briefingsVersion;
export const selectBriefingsAreaSort = (state: AppState) => state.briefingsAreaSort;
export const selectSelectBriefingsEvent = (state: AppState) => state.selectBriefingsEvent;
export const selectSelectBriefingsVersion = (state: AppState) => state.selectBriefingsVersion;
export const selectSetBriefingsAreaSort = (state: AppState) => state.setBriefingsAreaSort;

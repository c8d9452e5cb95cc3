// The renderer's one UI store, composed from slices (DESIGN.md 8: UI state only; domain data is in Dexie).
// Preferences persist to localStorage so the first paint after a restart already has the right theme.
import { useStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createBriefingsSlice } from './briefingsSlice';
import type { BriefingsSlice } from './briefingsSlice';
import { createDirectorySlice } from './directorySlice';
import type { DirectorySlice } from './directorySlice';
import { createLogSlice } from './logSlice';
import type { LogSlice } from './logSlice';
import { createOutreachSlice } from './outreachSlice';
import type { OutreachSlice } from './outreachSlice';
import { createSyncSlice } from './syncSlice';
import type { SyncSlice } from './syncSlice';
import { createUiSlice } from './uiSlice';
import type { UiSlice } from './uiSlice';

export type AppState = UiSlice & LogSlice & DirectorySlice & BriefingsSlice & SyncSlice & OutreachSlice;

export const APP_STORE_KEY = 'liaison-desk:ui';

type PersistedState = Pick<AppState, 'themePreference' | 'navCollapsed'>;

const THEME_PREFERENCES: readonly unknown[] = ['light', 'dark', 'system'];

/** Keeps only well-formed persisted values, so a hand-edited or stale entry cannot break the shell. */
function mergePersisted(persisted: unknown, current: AppState): AppState {
  const saved = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Partial<Record<keyof PersistedState, unknown>>;
  return {
    ...current,
    ...(THEME_PREFERENCES.includes(saved.themePreference) && { themePreference: saved.themePreference as AppState['themePreference'] }),
    ...(typeof saved.navCollapsed === 'boolean' && { navCollapsed: saved.navCollapsed }),
  };
}

export function createAppStore(storage: StateStorage = window.localStorage) {
  return createStore<AppState>()(
    persist((...args) => ({ ...createUiSlice(...args), ...createLogSlice(...args), ...createDirectorySlice(...args), ...createBriefingsSlice(...args), ...createSyncSlice(...args), ...createOutreachSlice(...args) }), {
      name: APP_STORE_KEY,
      version: 1,
      storage: createJSONStorage<PersistedState>(() => storage),
      partialize: (state): PersistedState => ({
        themePreference: state.themePreference,
        navCollapsed: state.navCollapsed,
      }),
      merge: mergePersisted,
    }),
  );
}

export const appStore = createAppStore();

/** Subscribe with a narrow selector (see selectors.ts) so a component re-renders only for what it reads. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

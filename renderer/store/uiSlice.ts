// UI preferences of the shell: colour theme and the sidebar's compact mode. Both survive a restart
// (see appStore's persist options); nothing here is domain data.
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export type ThemePreference = 'light' | 'dark' | 'system';

export interface UiSlice {
  themePreference: ThemePreference;
  navCollapsed: boolean;
  setThemePreference: (preference: ThemePreference) => void;
  /** Switches to the opposite of the scheme currently on screen (which `system` may have chosen). */
  toggleColorScheme: (current: 'light' | 'dark') => void;
  setNavCollapsed: (collapsed: boolean) => void;
  toggleNavCollapsed: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  themePreference: 'system',
  navCollapsed: false,
  setThemePreference: (themePreference) => set({ themePreference }),
  toggleColorScheme: (current) => set({ themePreference: current === 'dark' ? 'light' : 'dark' }),
  setNavCollapsed: (navCollapsed) => set({ navCollapsed }),
  toggleNavCollapsed: () => set((state) => ({ navCollapsed: !state.navCollapsed })),
});

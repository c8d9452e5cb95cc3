// Narrow selectors: components read one field each, so unrelated store changes do not re-render them.
import type { AppState } from './appStore';

export const selectThemePreference = (state: AppState) => state.themePreference;
export const selectSetThemePreference = (state: AppState) => state.setThemePreference;
export const selectToggleColorScheme = (state: AppState) => state.toggleColorScheme;
export const selectNavCollapsed = (state: AppState) => state.navCollapsed;
export const selectSetNavCollapsed = (state: AppState) => state.setNavCollapsed;
export const selectToggleNavCollapsed = (state: AppState) => state.toggleNavCollapsed;

import type { ThemePreference } from '../store/uiSlice';

/** The scheme actually shown: an explicit choice wins; `system` follows the OS setting. */
export function resolveColorScheme(preference: ThemePreference, system: 'light' | 'dark'): 'light' | 'dark' {
  return preference === 'system' ? system : preference;
}

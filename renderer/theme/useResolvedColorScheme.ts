import { useColorScheme } from '@mantine/hooks';
import { useAppStore } from '../store/appStore';
import { selectThemePreference } from '../store/selectors';
import { resolveColorScheme } from './resolveColorScheme';

/** The colour scheme on screen now, following the OS live while the preference is `system`. */
export function useResolvedColorScheme(): 'light' | 'dark' {
  const preference = useAppStore(selectThemePreference);
  const system = useColorScheme('light', { getInitialValueInEffect: false });
  return resolveColorScheme(preference, system);
}

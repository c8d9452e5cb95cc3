import { useHotkeys } from '@mantine/hooks';
import type { HotkeyItem } from '@mantine/hooks';
import { useMemo } from 'react';
import { SECTIONS } from './sections';
import { useGoToSection } from './useGoToSection';

/** Ctrl/Cmd+1..5 open the sections, also while typing in a field (they never produce text). */
export function useSectionHotkeys(): void {
  const goToSection = useGoToSection();
  const hotkeys = useMemo(
    () => SECTIONS.map((section): HotkeyItem => [`mod+${section.hotkeyDigit}`, () => goToSection(section.path)]),
    [goToSection],
  );
  useHotkeys(hotkeys, []);
}

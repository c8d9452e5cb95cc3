import { useOs } from '@mantine/hooks';
import { useMemo } from 'react';

export interface ShortcutFormat {
  /** How `mod+<key>` is written on this platform: "⌘K" on Apple systems, "Ctrl+K" elsewhere. */
  label: (key: string) => string;
  /** The same shortcut for the `aria-keyshortcuts` attribute, e.g. "Control+K". */
  aria: (key: string) => string;
}

/** Our shortcuts use Mantine's `mod`, which is Cmd on Apple systems and Ctrl everywhere else. */
export function useShortcut(): ShortcutFormat {
  const os = useOs({ getValueInEffect: false });
  const apple = os === 'macos' || os === 'ios';
  return useMemo(
    () => ({
      label: (key) => (apple ? `⌘${key}` : `Ctrl+${key}`),
      aria: (key) => `${apple ? 'Meta' : 'Control'}+${key}`,
    }),
    [apple],
  );
}

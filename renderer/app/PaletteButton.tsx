import { Kbd, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import classes from './PaletteButton.module.css';
import { useShortcut } from './useShortcut';

/** The header's visible way into the command palette, for people who do not know the shortcut yet. */
export function PaletteButton() {
  const shortcut = useShortcut();
  return (
    <UnstyledButton className={classes.button} onClick={spotlight.open} aria-keyshortcuts={shortcut.aria('K')}>
      <IconSearch size={15} stroke={1.8} aria-hidden />
      <span className={classes.label}>Go to or run a command…</span>
      <Kbd size="xs" aria-hidden>
        {shortcut.label('K')}
      </Kbd>
    </UnstyledButton>
  );
}

import { ActionIcon, Tooltip } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useAppStore } from '../store/appStore';
import { selectToggleColorScheme } from '../store/selectors';
import { useResolvedColorScheme } from '../theme/useResolvedColorScheme';

export function ThemeToggle() {
  const scheme = useResolvedColorScheme();
  const toggleColorScheme = useAppStore(selectToggleColorScheme);
  const label = scheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={() => toggleColorScheme(scheme)}>
        {scheme === 'dark' ? <IconSun size={18} stroke={1.7} /> : <IconMoon size={18} stroke={1.7} />}
      </ActionIcon>
    </Tooltip>
  );
}

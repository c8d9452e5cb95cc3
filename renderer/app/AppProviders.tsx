import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from '../theme/theme';
import { useResolvedColorScheme } from '../theme/useResolvedColorScheme';

interface AppProvidersProps {
  children: ReactNode;
  /** Mantine's `test` environment turns off transitions and portals (jsdom tests). */
  env?: 'default' | 'test';
}

/** Theme and colour scheme for the whole renderer. The scheme comes from the UI store (the user's
 *  light/dark/system preference), so Mantine's own localStorage manager is bypassed on purpose. */
export function AppProviders({ children, env = 'default' }: AppProvidersProps) {
  const scheme = useResolvedColorScheme();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme={scheme} env={env}>
      {children}
    </MantineProvider>
  );
}

import { Center, Loader, Stack, Text } from '@mantine/core';
import { use } from 'react';
import type { ReactNode } from 'react';
import { DbContext } from '../../data/dbContext';
import { openAppData } from './openAppData';

/** Provides the opened local database to every screen (components reach it through `useDb()`). */
export function LocalDataProvider({ children }: { children: ReactNode }) {
  const db = use(openAppData());
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function LocalDataFallback() {
  return (
    <Center h="100vh">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">Opening the local database…</Text>
      </Stack>
    </Center>
  );
}

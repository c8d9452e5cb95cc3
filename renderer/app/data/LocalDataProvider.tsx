import { Center, Loader, Stack, Text } from '@mantine/core';
import { use, useEffect } from 'react';
import type { ReactNode } from 'react';
import { DbContext } from '../../data/dbContext';
import { SignInScreen } from '../../features/sync/signIn/SignInScreen';
import { SyncProvider } from '../../features/sync/SyncProvider';
import { currentSession, restoreSession } from '../../features/sync/accountSession';
import { useAppStore } from '../../store/appStore';
import { selectAccount } from '../../store/syncSlice';
import type { StoredSession } from '../../sync/session';
import { openAppData } from './openAppData';

/**
 * Signs in first, then provides the signed-in account's local database to every screen (components
 * reach it through `useDb()`) and runs sync for it.
 */
export function LocalDataProvider({ children }: { children: ReactNode }) {
  const account = useAppStore(selectAccount);
  useEffect(() => {
    void restoreSession();
  }, []);
  const session = currentSession();
  if (account.state === 'loading') return <LocalDataFallback />;
  if (account.state === 'signed_out' || !session) return <SignInScreen />;
  return <AccountData key={session.user.id} session={session}>{children}</AccountData>;
}

function AccountData({ session, children }: { session: StoredSession; children: ReactNode }) {
  const db = use(openAppData(session));
  return (
    <DbContext.Provider value={db}>
      <SyncProvider db={db}>{children}</SyncProvider>
    </DbContext.Provider>
  );
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

// Runs the sync engine for the open local database while an account is signed in, mirrors its status
// into the UI store, and gives the sync screens the engine (sync now, dismiss a conflict).
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { applyAccountProfile } from '../../data/sync/accountProfile';
import type { useDb } from '../../data/dbContext';
import { appStore } from '../../store/appStore';
import { profileOf, refreshedSession } from '../../sync/session';
import { createSyncEngine } from '../../sync/syncEngine';
import type { SyncEngine } from '../../sync/syncEngine';
import { currentSession, currentToken, endSession, syncServerUrl, updateSession } from './accountSession';

const SyncEngineContext = createContext<SyncEngine | null>(null);

/** The running engine, or null while it starts (or when no server is configured). */
export const useSyncEngine = (): SyncEngine | null => useContext(SyncEngineContext);

export function SyncProvider({ db, children }: { db: ReturnType<typeof useDb>; children: ReactNode }) {
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  useEffect(() => {
    let stopped = false;
    let created: SyncEngine | null = null;
    let unsubscribe = () => {};
    void syncServerUrl().then((url) => {
      if (stopped || !url) return;
      created = createSyncEngine({
        db,
        baseUrl: () => url,
        token: currentToken,
        onAccount: async (me) => {
          const session = currentSession();
          if (!session) return;
          const next = refreshedSession(session, me);
          await applyAccountProfile(db, profileOf(next.user, next.regionId));
          await updateSession(next);
        },
        onAuthLost: (message) => void endSession(message),
      });
      unsubscribe = created.subscribe((status) => appStore.getState().setSyncStatus(status));
      created.start();
      setEngine(created);
    });
    return () => {
      stopped = true;
      unsubscribe();
      void created?.stop();
    };
  }, [db]);
  return <SyncEngineContext.Provider value={engine}>{children}</SyncEngineContext.Provider>;
}

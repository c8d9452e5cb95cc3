// A device set up as the app sets one up (features/sync/accountSession, app/data/openAppData,
// features/sync/SyncProvider): sign in on the page's origin (the built server serves this page), open
// the account's own database with its profile, and create the sync engine with the app's options.
import { openLocalDb } from '../../renderer/data/db';
import type { LiaisonDb } from '../../renderer/data/db';
import { applyAccountProfile } from '../../renderer/data/sync/accountProfile';
import { dbNameFor, profileOf, refreshedSession, sessionFromSignIn } from '../../renderer/sync/session';
import { signIn } from '../../renderer/sync/syncApi';
import { createSyncEngine } from '../../renderer/sync/syncEngine';
import type { SyncEngine } from '../../renderer/sync/syncEngine';
import type { AccountRequest } from './benchApi';

export interface AccountDevice {
  db: LiaisonDb;
  engine: SyncEngine;
  /** Starts the engine; resolves when its first sync completed (and, with `live`, the live signal is up). */
  firstSync(options?: { live?: boolean }): Promise<void>;
}

export async function openAccountDevice(account: AccountRequest): Promise<AccountDevice> {
  const baseUrl = () => location.origin;
  const session = sessionFromSignIn(await signIn({ baseUrl, fetch: (input, init) => fetch(input, init) }, account));
  const db = await openLocalDb(dbNameFor(session.user.id));
  await applyAccountProfile(db, profileOf(session.user, session.regionId));
  const engine = createSyncEngine({
    db,
    baseUrl,
    token: () => session.token,
    onAccount: async (me) => {
      const next = refreshedSession(session, me);
      await applyAccountProfile(db, profileOf(next.user, next.regionId));
    },
  });
  return {
    db,
    engine,
    firstSync: ({ live = false } = {}) =>
      new Promise<void>((resolve, reject) => {
        const unsubscribe = engine.subscribe((status) => {
          if (status.state === 'idle' && (!live || status.live)) {
            unsubscribe();
            resolve();
          } else if (status.state !== 'syncing' && status.state !== 'standby' && status.state !== 'idle') {
            unsubscribe();
            reject(new Error(`sync ${status.state}: ${status.error ?? 'no reason given'}`));
          }
        });
        engine.start();
      }),
  };
}

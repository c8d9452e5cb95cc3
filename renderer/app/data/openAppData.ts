// Start-up of the local data for the signed-in account: open (creating or upgrading) the account's own
// database, make its local profile follow the account (authorship, role-gated screens, the scope of
// new records), and ask the browser not to evict it. Data arrives from the server by sync (a new
// device pulls a snapshot first); opening never waits for the network.
import type { LiaisonDb } from '../../data/db';
import { openLocalDb } from '../../data/db';
import { requestPersistentStorage } from '../../data/storageHealth';
import { applyAccountProfile } from '../../data/sync/accountProfile';
import { dbNameFor, profileOf } from '../../sync/session';
import type { StoredSession } from '../../sync/session';

const opening = new Map<string, Promise<LiaisonDb>>();

export function openAppData(session: StoredSession): Promise<LiaisonDb> {
  const { user, regionId } = session;
  let db = opening.get(user.id);
  if (!db) {
    db = (async () => {
      const opened = await openLocalDb(dbNameFor(user.id));
      await applyAccountProfile(opened, profileOf(user, regionId));
      void requestPersistentStorage();
      return opened;
    })();
    // A failed open (e.g. storage disabled) may be retried by signing in again.
    db.catch(() => opening.delete(user.id));
    opening.set(user.id, db);
  }
  return db;
}

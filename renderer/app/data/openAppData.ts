// Start-up of the local data: open the database, ask the browser not to evict it, and on the very first
// run load the demo data set when the server was started with demo data (`DEMO_DATA`, on by default).
// Opening never waits for the network: the health check only decides whether to seed an empty database.
import type { LiaisonDb } from '../../data/db';
import { openLocalDb } from '../../data/db';
import { seedDemo } from '../../data/seedDemo';
import { requestPersistentStorage } from '../../data/storageHealth';
import { fetchServerHealth } from '../serverInfo';

let opening: Promise<LiaisonDb> | null = null;

export function openAppData(): Promise<LiaisonDb> {
  opening ??= (async () => {
    const db = await openLocalDb();
    void requestPersistentStorage();
    void fetchServerHealth().then(async (health) => {
      if (health?.demoData) await seedDemo(db);
    });
    return db;
  })();
  return opening;
}

// The bare side of the load comparisons: plain Dexie on the app's schema (its numbered migrations),
// without the data layer's identity check, profile or derived-field upkeep.
import Dexie from 'dexie';
import { applyMigrations } from '../../renderer/data/migrations';

export async function openBareDb(name: string): Promise<Dexie> {
  const db = new Dexie(name);
  applyMigrations(db);
  await db.open();
  return db;
}

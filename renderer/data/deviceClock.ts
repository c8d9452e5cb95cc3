// The wall clock a local database writes with. It is the device's clock (`Date.now`) unless a test sets
// another one for a database, which is how multi-client tests give each simulated device its own clock
// (a laptop running minutes ahead) inside one process.
import type Dexie from 'dexie';

const clocks = new WeakMap<Dexie, () => number>();

/** Milliseconds since the epoch on this database's clock. */
export const deviceNow = (db: Dexie): number => clocks.get(db)?.() ?? Date.now();

/** Gives one database its own clock (tests); `null` returns it to the device clock. */
export function setDeviceClock(db: Dexie, now: (() => number) | null): void {
  if (now) clocks.set(db, now);
  else clocks.delete(db);
}

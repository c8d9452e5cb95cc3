// How React code reaches the local database without importing it: the app shell provides the opened
// database once (`<DbContext.Provider value={db}>`), components call `useDb()` and pass it to queries
// and commands, e.g. `useLiveQuery(() => customersPage(db, q), [db, q])`.
import { createContext, useContext } from 'react';
import type { LiaisonDb } from './db';

export const DbContext = createContext<LiaisonDb | null>(null);

export function useDb(): LiaisonDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs <DbContext.Provider value={db}> above it (open it with openLocalDb()).');
  return db;
}

import type { Transaction } from 'dexie';

/**
 * One numbered step of the local schema. Append-only: never edit a released migration, add the next
 * number (`stores` lists only the tables whose indexes change; `null` drops a table).
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

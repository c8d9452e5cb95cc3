// Every server migration, in order. Listed explicitly (not read from disk) because the server is bundled:
// add `NNNN_name.ts` and one line here; keys sort in the order they must run.
import type { Migration } from 'kysely/migration';
import { init } from './0001_init';
import { accountsSync } from './0002_accounts_sync';
import { syncRefusals } from './0003_sync_refusals';

export const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_accounts_sync': accountsSync,
  '0003_sync_refusals': syncRefusals,
};

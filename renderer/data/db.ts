// The local database: domain tables, the outbox of unsent mutations and sync metadata. Only the data
// layer (renderer/data) touches it; UI code uses the queries and commands.
import Dexie from 'dexie';
import type { Table } from 'dexie';
import { ensureLocalIdentity } from './meta/identity';
import { applyMigrations } from './migrations';
import type {
  BriefingAckRow, BriefingRow, ContactRow, CustomerRow, EventRow, LastContactRow, LogEntryRow, OutboxRow, SyncMetaRow,
} from './rows';

export const DEFAULT_DB_NAME = 'liaison-desk';

export class LiaisonDb extends Dexie {
  customers!: Table<CustomerRow, string>;
  /** Keyed by [customerId, id] (see migration 003); find one by id with `where('id')`. */
  contacts!: Table<ContactRow, [string, string]>;
  events!: Table<EventRow, string>;
  briefings!: Table<BriefingRow, string>;
  briefingAcks!: Table<BriefingAckRow, string>;
  logEntries!: Table<LogEntryRow, string>;
  lastContacts!: Table<LastContactRow, string>;
  outbox!: Table<OutboxRow, number>;
  syncMeta!: Table<SyncMetaRow, string>;

  /** `upToVersion` is for migration tests: it opens the schema as an older release had it. */
  constructor(name: string = DEFAULT_DB_NAME, upToVersion?: number) {
    super(name);
    applyMigrations(this, upToVersion);
  }
}

/** Opens (creating or upgrading) the local database and makes sure it has a client id and profile. */
export async function openLocalDb(name: string = DEFAULT_DB_NAME): Promise<LiaisonDb> {
  const db = new LiaisonDb(name);
  await db.open();
  await ensureLocalIdentity(db);
  return db;
}

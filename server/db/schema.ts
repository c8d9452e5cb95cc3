import type { ColumnType, Generated } from 'kysely';

/** Server-wide facts stored once, e.g. `epoch` (a UUID naming this database; sync cursors carry it). */
export interface ServerMetaTable {
  key: string;
  value: string;
  created_at: Generated<Date>;
}

/** One row per write a user made through the server (who, what, when). Insert-only. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  /** jsonb: pass `JSON.stringify(...)` on insert (both drivers send strings through unchanged). */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** jsonb column: objects come back parsed; pass `JSON.stringify(...)` on insert and update. */
type Jsonb<T> = ColumnType<T, string, string>;
/** timestamptz: read as Date; written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Accounts (0002). `email` is stored lower-case; `scopes_seq` is the change seq of the last scope change. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  ics_position: Generated<string>;
  home_agency: Generated<string>;
  password_hash: string;
  scope_ids: ColumnType<string[], string[] | undefined, string[]>;
  scopes_seq: Generated<number>;
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Regions and events records belong to (0002). An event scope's parent is its region. */
export interface ScopesTable {
  id: string;
  kind: 'region' | 'event';
  name: string;
  parent_id: string | null;
  created_at: Generated<Date>;
}

/** Device sessions (0002): only the SHA-256 of the token is stored. */
export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  device_name: string;
  created_at: Generated<Date>;
  last_used_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
  /** A pull from a non-empty cursor below this seq answers cursor_reset (set by scope changes, cleared by a snapshot). */
  resync_below_seq: Generated<number>;
}

/** Every synced record (0002), any entity, as the server holds it now; tombstones keep `deleted_at`. */
export interface RecordsTable {
  id: string;
  entity: string;
  scope_id: string;
  prior_scopes: ColumnType<string[], string[] | undefined, string[]>;
  data: Jsonb<Record<string, unknown>>;
  base_hlc: string;
  field_hlc: Jsonb<Record<string, string>>;
  hlc: string;
  seq: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string;
  deleted_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  received_at: Timestamp;
}

/** Last processed outbox seq per client (0002), written in the same transaction as the changes. */
export interface SyncClientsTable {
  client_id: string;
  user_id: string;
  last_seq: number;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The answer a refused mutation got (0003), given again when its batch is resent. */
export interface SyncRefusalsTable {
  client_id: string;
  seq: number;
  mutation_id: string | null;
  code: string;
  reason: string;
  created_at: Generated<Date>;
}

/** Values that lost a concurrent edit, and revived deletes (0002). Pulled like records, by seq. */
export interface ConflictsTable {
  id: string;
  seq: number;
  entity: string;
  record_id: string;
  scope_id: string;
  field: string;
  kind: 'field' | 'revived';
  winning_value: Jsonb<unknown>;
  losing_value: Jsonb<unknown>;
  winner_user_id: string | null;
  winner_user_name: string | null;
  winner_hlc: string;
  winner_at: Timestamp;
  loser_user_id: string | null;
  loser_user_name: string | null;
  loser_hlc: string;
  loser_at: Timestamp;
  status: 'open' | 'restored' | 'dismissed' | 'superseded';
  created_at: Timestamp;
  resolved_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  resolved_by: string | null;
}

/** The server database as Kysely sees it; migrations in ./migrations create it. */
export interface Database {
  server_meta: ServerMetaTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  scopes: ScopesTable;
  sessions: SessionsTable;
  records: RecordsTable;
  sync_clients: SyncClientsTable;
  sync_refusals: SyncRefusalsTable;
  conflicts: ConflictsTable;
}

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

/** The server database as Kysely sees it; migrations in ./migrations create it. */
export interface Database {
  server_meta: ServerMetaTable;
  audit_log: AuditLogTable;
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

/** One write someone made. `details` must never hold a secret (password, token) or a whole record. */
export type AuditEntry = {
  actorId: string | null;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

const CHUNK = 1000;

export async function writeAudit(db: Kysely<Database> | Transaction<Database>, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += CHUNK) {
    await db
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + CHUNK).map((e) => ({
          actor_id: e.actorId,
          action: e.action,
          entity: e.entity ?? null,
          entity_id: e.entityId ?? null,
          details: JSON.stringify(e.details ?? {}),
        })),
      )
      .execute();
  }
}

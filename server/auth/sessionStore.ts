// Device sessions in the database: create at sign-in, resolve a bearer token to the user with their
// effective scopes (one query per request), revoke.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Scope } from '../../shared/api/auth';
import type { UserRole } from '../../shared/domain/localProfile';
import type { Database } from '../db/schema';
import { hashToken, newSessionToken } from './tokens';

export const SESSION_TTL_MS = 30 * 86_400_000;

export type SessionLookup = {
  sessionId: string;
  deviceName: string;
  sessionCreatedAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  icsPosition: string;
  homeAgency: string;
  resyncBelowSeq: number;
  disabledAt: Date | null;
  scopes: Scope[];
};

/** The session a token names, with its user and the user's effective scopes; undefined when unknown. */
export async function lookupSession(db: Kysely<Database>, token: string): Promise<SessionLookup | undefined> {
  const result = await sql<SessionLookup>`
    select s.id as "sessionId", s.device_name as "deviceName", s.created_at as "sessionCreatedAt",
           s.last_used_at as "lastUsedAt", s.expires_at as "expiresAt", s.revoked_at as "revokedAt",
           u.id as "userId", u.email, u.name, u.role, u.ics_position as "icsPosition", u.home_agency as "homeAgency",
           s.resync_below_seq as "resyncBelowSeq", u.disabled_at as "disabledAt",
           (select coalesce(json_agg(json_build_object('id', sc.id, 'kind', sc.kind, 'name', sc.name, 'parentId', sc.parent_id)
                                     order by sc.kind desc, sc.id), '[]'::json)
              from scopes sc where sc.id = any(u.scope_ids) or sc.parent_id = any(u.scope_ids)) as scopes
      from sessions s join users u on u.id = s.user_id
     where s.token_hash = ${hashToken(token)}`.execute(db);
  return result.rows[0];
}

/** Makes a session for a device; the token is returned once and only its hash is stored. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  deviceName: string,
  now: Date,
): Promise<{ token: string; sessionId: string }> {
  const token = newSessionToken();
  const sessionId = randomUUID();
  // A device signing in again may still hold data from before its user's last scope change.
  await sql`
    insert into sessions (id, user_id, token_hash, device_name, created_at, last_used_at, expires_at, revoked_at, resync_below_seq)
    select ${sessionId}, id, ${hashToken(token)}, ${deviceName}, ${now}, ${now}, ${new Date(now.getTime() + SESSION_TTL_MS)}, null, scopes_seq
      from users where id = ${userId}`.execute(db);
  return { token, sessionId };
}

/** Revokes one session; false when it does not exist or was already revoked. */
export async function revokeSession(db: Kysely<Database>, sessionId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function revokeUserSessions(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/** Scopes changed: every device of the user must re-snapshot before pulling on from an older cursor. */
export async function requireResync(db: Kysely<Database>, userId: string, seq: number): Promise<void> {
  await db.updateTable('sessions').set({ resync_below_seq: seq }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/** A snapshot (pull from the empty cursor) started on this session after the scope change. */
export async function clearResync(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ resync_below_seq: 0 }).where('id', '=', sessionId).execute();
}

export async function touchSession(db: Kysely<Database>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_used_at: now }).where('id', '=', sessionId).execute();
}

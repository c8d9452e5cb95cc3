// Account administration shared by the admin API and the admin CLI: users, roles, scopes, sessions.
// Every write is audited (never with a password or token). Changing a user's scopes allocates a change
// seq under the sync lock: their devices' older cursors then answer cursor_reset and re-snapshot, so a
// device drops records of a removed scope and receives the history of an added one.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AdminSession, AdminUser, createUserRequestSchema, updateUserRequestSchema } from '../../shared/api/admin';
import type { Scope } from '../../shared/api/auth';
import type { UserRole } from '../../shared/domain/localProfile';
import type { z } from 'zod';
import { hashPassword } from '../auth/password';
import { requireResync, revokeSession, revokeUserSessions } from '../auth/sessionStore';
import type { Database } from '../db/schema';
import { HttpError } from '../http/httpError';
import { allocateSeqs, lockChanges, notifyChanges } from '../sync/changeSeq';
import { writeAudit } from './audit';

type CreateUser = z.output<typeof createUserRequestSchema>;
type UpdateUser = z.output<typeof updateUserRequestSchema>;

const userColumns = ['id', 'email', 'name', 'role', 'ics_position', 'home_agency', 'scope_ids', 'disabled_at', 'created_at'] as const;

type UserRow = {
  id: string; email: string; name: string; role: string; ics_position: string; home_agency: string;
  scope_ids: string[]; disabled_at: Date | null; created_at: Date;
};

const toAdminUser = (row: UserRow): AdminUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as UserRole,
  icsPosition: row.ics_position,
  homeAgency: row.home_agency,
  scopeIds: row.scope_ids,
  disabled: row.disabled_at !== null,
  createdAt: row.created_at.toISOString(),
});

export const toScope = (row: { id: string; kind: 'region' | 'event'; name: string; parent_id: string | null }): Scope => ({
  id: row.id, kind: row.kind, name: row.name, parentId: row.parent_id,
});

export async function listUsers(db: Kysely<Database>): Promise<AdminUser[]> {
  const rows = await db.selectFrom('users').select(userColumns).orderBy('email').execute();
  return rows.map(toAdminUser);
}

export async function findUser(db: Kysely<Database>, idOrEmail: string): Promise<AdminUser> {
  const row = await db
    .selectFrom('users')
    .select(userColumns)
    .where((eb) => eb.or([eb('id', '=', idOrEmail), eb('email', '=', idOrEmail.toLowerCase())]))
    .executeTakeFirst();
  if (row === undefined) throw new HttpError(404, 'not_found', `No user ${idOrEmail}`);
  return toAdminUser(row);
}

async function checkScopes(db: Kysely<Database>, scopeIds: readonly string[]): Promise<void> {
  if (scopeIds.length === 0) return;
  const known = await db.selectFrom('scopes').select('id').where('id', 'in', [...scopeIds]).execute();
  const missing = scopeIds.filter((id) => !known.some((row) => row.id === id));
  if (missing.length > 0) throw new HttpError(400, 'unknown_scope', `Unknown scope${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
}

export async function createUser(db: Kysely<Database>, input: CreateUser, actorId: string | null): Promise<AdminUser> {
  const exists = await db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
  if (exists !== undefined) throw new HttpError(409, 'email_taken', `A user with email ${input.email} already exists`);
  const scopeIds = [...new Set(input.scopeIds)];
  await checkScopes(db, scopeIds);
  const passwordHash = await hashPassword(input.password);
  const row = await db
    .insertInto('users')
    .values({
      id: randomUUID(), email: input.email, name: input.name, role: input.role, ics_position: input.icsPosition,
      home_agency: input.homeAgency, password_hash: passwordHash, scope_ids: scopeIds, disabled_at: null,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
  await writeAudit(db, [{ actorId, action: 'admin.user_created', entity: 'user', entityId: row.id, details: { email: row.email, role: row.role, scopeIds } }]);
  return toAdminUser(row);
}

/** Applies the changes; `signalSeq` is set when the scopes changed (devices should hear about it). */
export async function updateUser(
  db: Kysely<Database>, userId: string, patch: UpdateUser, actorId: string | null, now: Date,
): Promise<{ user: AdminUser; signalSeq: number | null }> {
  const before = await findUser(db, userId);
  const scopeIds = patch.scopeIds === undefined ? undefined : [...new Set(patch.scopeIds)];
  if (scopeIds !== undefined) await checkScopes(db, scopeIds);
  const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  const scopesChanged = scopeIds !== undefined && (scopeIds.length !== before.scopeIds.length || scopeIds.some((id) => !before.scopeIds.includes(id)));
  return db.transaction().execute(async (trx) => {
    let signalSeq: number | null = null;
    if (scopesChanged) {
      await lockChanges(trx);
      [signalSeq] = (await allocateSeqs(trx, 1)) as [number];
      await notifyChanges(trx, signalSeq);
    }
    const row = await trx
      .updateTable('users')
      .set({
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.icsPosition === undefined ? {} : { ics_position: patch.icsPosition }),
        ...(patch.homeAgency === undefined ? {} : { home_agency: patch.homeAgency }),
        ...(scopeIds === undefined ? {} : { scope_ids: scopeIds }),
        ...(signalSeq === null ? {} : { scopes_seq: signalSeq }),
        ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
        ...(patch.disabled === undefined ? {} : { disabled_at: patch.disabled ? now : null }),
        updated_at: now,
      })
      .where('id', '=', before.id)
      .returning(userColumns)
      .executeTakeFirstOrThrow();
    if (signalSeq !== null) await requireResync(trx, before.id, signalSeq);
    if (passwordHash !== undefined || patch.disabled === true) await revokeUserSessions(trx, before.id, now);
    const fields = Object.keys(patch).filter((key) => patch[key as keyof UpdateUser] !== undefined);
    await writeAudit(trx, [{
      actorId, action: 'admin.user_updated', entity: 'user', entityId: before.id,
      details: { fields, ...(patch.role ? { role: patch.role } : {}), ...(scopeIds ? { scopeIds } : {}), ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }) },
    }]);
    return { user: toAdminUser(row), signalSeq };
  });
}

type SessionRow = {
  id: string; user_id: string; email: string; device_name: string; created_at: Date; last_used_at: Date;
  expires_at: Date; revoked_at: Date | null;
};

const toAdminSession = (row: SessionRow, now: Date): AdminSession => ({
  id: row.id,
  userId: row.user_id,
  userEmail: row.email,
  deviceName: row.device_name,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  active: row.revoked_at === null && row.expires_at > now,
});

const sessionQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'users.email', 'sessions.device_name', 'sessions.created_at', 'sessions.last_used_at', 'sessions.expires_at', 'sessions.revoked_at']);

export async function listSessions(db: Kysely<Database>, now: Date, userId?: string): Promise<AdminSession[]> {
  let query = sessionQuery(db).orderBy('sessions.created_at', 'desc');
  if (userId !== undefined) query = query.where('sessions.user_id', '=', userId);
  const rows = await query.execute();
  return rows.map((row) => toAdminSession({ ...row, id: String(row.id) }, now));
}

export async function revokeSessionById(db: Kysely<Database>, sessionId: string, actorId: string | null, now: Date): Promise<AdminSession> {
  const revoked = await revokeSession(db, sessionId, now);
  const row = await sessionQuery(db).where('sessions.id', '=', sessionId).executeTakeFirst();
  if (row === undefined) throw new HttpError(404, 'not_found', `No session ${sessionId}`);
  if (revoked) await writeAudit(db, [{ actorId, action: 'admin.session_revoked', entity: 'session', entityId: sessionId, details: { userId: row.user_id } }]);
  return toAdminSession({ ...row, id: String(row.id) }, now);
}

export async function listScopes(db: Kysely<Database>): Promise<Scope[]> {
  const rows = await db.selectFrom('scopes').select(['id', 'kind', 'name', 'parent_id']).orderBy('kind', 'desc').orderBy('id').execute();
  return rows.map(toScope);
}

export async function createRegion(db: Kysely<Database>, input: { id: string; name: string }, actorId: string | null): Promise<Scope> {
  const row = await db
    .insertInto('scopes')
    .values({ id: input.id, kind: 'region', name: input.name, parent_id: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning(['id', 'kind', 'name', 'parent_id'])
    .executeTakeFirst();
  if (row === undefined) throw new HttpError(409, 'scope_exists', `Scope ${input.id} already exists`);
  await writeAudit(db, [{ actorId, action: 'admin.scope_created', entity: 'scope', entityId: row.id, details: { name: row.name } }]);
  return toScope(row);
}

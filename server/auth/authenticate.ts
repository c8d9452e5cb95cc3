// Every /api route requires a device session unless it is marked `config: { public: true }` (sign-in)
// or is the health check: new routes are protected by default. The hook resolves the bearer token to
// the user and their scopes once per request and puts it on `request.auth`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuthErrorCode } from '../../shared/api/auth';
import type { UserRole } from '../../shared/domain/localProfile';
import type { Database } from '../db/schema';
import { HttpError } from '../http/httpError';
import type { AuthContext } from './authContext';
import { lookupSession, touchSession } from './sessionStore';
import { looksLikeToken } from './tokens';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session. */
    public?: boolean;
  }
}

const ALWAYS_PUBLIC = new Set(['/api/health']);
/** last_used_at is refreshed at most this often per session, to spare a write per request. */
const TOUCH_EVERY_MS = 60_000;

const unauthorized = (code: AuthErrorCode, message: string) => new HttpError(401, code, message);

export async function authenticate(db: Kysely<Database>, authorization: string | undefined, nowMs: number): Promise<AuthContext> {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('unauthenticated', 'Sign in first: send Authorization: Bearer <session token>');
  const token = match[1]!;
  const row = looksLikeToken(token) ? await lookupSession(db, token) : undefined;
  if (row === undefined) throw unauthorized('invalid_token', 'This session token is not valid: sign in again');
  if (row.revokedAt !== null) throw unauthorized('session_revoked', 'This session was revoked: sign in again');
  if (row.disabledAt !== null) throw unauthorized('account_disabled', 'This account is disabled');
  if (row.expiresAt.getTime() <= nowMs) throw unauthorized('session_expired', 'This session has expired: sign in again');
  if (nowMs - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await touchSession(db, row.sessionId, new Date(nowMs));
    row.lastUsedAt = new Date(nowMs);
  }
  return {
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      icsPosition: row.icsPosition,
      homeAgency: row.homeAgency,
    },
    session: {
      id: row.sessionId,
      deviceName: row.deviceName,
      createdAt: row.sessionCreatedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      lastUsedAt: row.lastUsedAt.toISOString(),
    },
    resyncBelowSeq: row.resyncBelowSeq,
    scopes: row.scopes,
    scopeIds: new Set(row.scopes.map((scope) => scope.id)),
  };
}

export function registerAuthentication(app: FastifyInstance, db: Kysely<Database>, now: () => number): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/') || ALWAYS_PUBLIC.has(route)) return;
    if (request.routeOptions.config.public === true) return;
    request.auth = await authenticate(db, request.headers.authorization, now());
  });
}

/** The caller of a protected route (the hook has already refused anonymous calls). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (request.auth === null) throw unauthorized('unauthenticated', 'Sign in first');
  return request.auth;
}

export function requireRole(request: FastifyRequest, roles: readonly UserRole[]): AuthContext {
  const auth = requireAuth(request);
  if (!roles.includes(auth.user.role)) {
    throw new HttpError(403, 'forbidden', `This needs the ${roles.join(' or ')} role`);
  }
  return auth;
}

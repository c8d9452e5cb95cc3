// Accounts on the wire: sign-in, the signed-in user with their scopes, device sessions. Every API call
// except `GET /api/health` and `POST /api/auth/sign-in` sends `Authorization: Bearer <token>`.
import { z } from 'zod';
import { userRoles } from '../domain/localProfile';

export const userRoleSchema = z.enum(userRoles);

/** Codes of 401/403/429 answers about who is calling (docs/sync-protocol.md). */
export const authErrorCodes = [
  /** No or malformed `Authorization: Bearer` header. */
  'unauthenticated',
  /** The token names no session. */
  'invalid_token',
  'session_expired',
  'session_revoked',
  'account_disabled',
  /** Sign-in: wrong email or password (never says which). */
  'invalid_credentials',
  /** Too many sign-in attempts; see the `retry-after` header (seconds). */
  'rate_limited',
  /** Signed in, but the role does not allow this. */
  'forbidden',
] as const;
export type AuthErrorCode = (typeof authErrorCodes)[number];

export const emailSchema = z.email({ error: 'Email address is not valid' }).trim().toLowerCase().max(254);

export const signInRequestSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(200),
  /** Shown in the session list, e.g. "Dana's laptop (Liaison Desk 0.1.0)". */
  deviceName: z.string().trim().min(1).max(100),
});
export type SignInRequest = z.input<typeof signInRequestSchema>;

/** A region, or an event (whose parent is the region it belongs to). Records carry a scope id. */
export const scopeSchema = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(['region', 'event']),
  name: z.string(),
  parentId: z.string().nullable(),
});
export type Scope = z.infer<typeof scopeSchema>;

export const userSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: userRoleSchema,
  icsPosition: z.string(),
  homeAgency: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.strictObject({
  id: z.uuid(),
  deviceName: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
});
export type Session = z.infer<typeof sessionSchema>;

/**
 * `GET /api/auth/me`. `scopes` are every scope the user reads and writes: their assigned regions and
 * events plus every event of an assigned region.
 */
export const meResponseSchema = z.strictObject({
  user: userSchema,
  scopes: z.array(scopeSchema),
  session: sessionSchema,
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** `POST /api/auth/sign-in`: the token is shown once; the server keeps only its hash. */
export const signInResponseSchema = meResponseSchema.extend({ token: z.string().min(32) });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** `POST /api/auth/sign-out`: revokes the calling session. */
export const signOutResponseSchema = z.strictObject({ signedOut: z.literal(true) });
export type SignOutResponse = z.infer<typeof signOutResponseSchema>;

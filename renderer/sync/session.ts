// The signed-in session as this device keeps it: the opaque token (kept by the platform's secret
// store: the OS keychain on the desktop) with the account it belongs to, so the app starts and works
// offline until the session expires. Each account has its own local database, so signing in as
// someone else never mixes, hides or deletes another account's unsynced changes.
import { z } from 'zod';
import { userSchema } from '../../shared/api/auth';
import type { MeResponse, SignInResponse, User } from '../../shared/api/auth';
import type { LocalProfileInput } from '../../shared/domain/localProfile';

export const SESSION_SECRET_KEY = 'sync.session';

export const storedSessionSchema = z.object({
  token: z.string().min(32),
  user: userSchema,
  /** The scope new customers and events go to (the user's first region). */
  regionId: z.string().min(1),
  expiresAt: z.iso.datetime(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** Where a session's data lives on this device. */
export const dbNameFor = (userId: string): string => `liaison-desk-${userId}`;

const regionOf = (me: Pick<MeResponse, 'scopes'>): string =>
  me.scopes.find((s) => s.kind === 'region')?.id ?? me.scopes[0]?.id ?? 'region-local';

export const sessionFromSignIn = (response: SignInResponse): StoredSession => ({
  token: response.token,
  user: response.user,
  regionId: regionOf(response),
  expiresAt: response.session.expiresAt,
});

/** The session with the account as the server describes it now (role, name or scopes may have changed). */
export const refreshedSession = (session: StoredSession, me: MeResponse): StoredSession => ({
  ...session,
  user: me.user,
  regionId: regionOf(me),
  expiresAt: me.session.expiresAt,
});

export const profileOf = (user: User, regionId: string): LocalProfileInput => ({
  id: user.id, name: user.name, role: user.role, icsPosition: user.icsPosition, homeAgency: user.homeAgency, regionId,
});

export const isExpired = (session: StoredSession, nowMs: number): boolean => Date.parse(session.expiresAt) <= nowMs;

/** Reads a stored session; anything unreadable counts as no session. */
export function parseStoredSession(text: string | null): StoredSession | null {
  if (!text) return null;
  try {
    const parsed = storedSessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

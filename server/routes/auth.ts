// Sign-in, who am I, sign-out. Failed sign-ins are rate-limited per client IP and per email (a whole
// EOC behind one address signing in at shift change is not refused): each attempt is counted before the
// password is hashed, and given back when it succeeds. Answers the same `invalid_credentials` for an
// unknown email and a wrong password, and spends the same hashing time on both.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { MeResponse, SignInResponse, SignOutResponse } from '../../shared/api/auth';
import { signInRequestSchema } from '../../shared/api/auth';
import { writeAudit } from '../admin/audit';
import { authenticate, requireAuth } from '../auth/authenticate';
import type { AuthContext } from '../auth/authContext';
import { verifyAgainstDummy, verifyPassword } from '../auth/password';
import type { RateLimiter } from '../auth/rateLimiter';
import { createSession, revokeSession } from '../auth/sessionStore';
import { HttpError } from '../http/httpError';
import { parseRequest } from '../http/parseRequest';
import type { ApiContext } from './apiContext';

const me = (auth: AuthContext): MeResponse => ({ user: auth.user, scopes: auth.scopes, session: auth.session });

function enforceLimit(reply: FastifyReply, limiter: RateLimiter, key: string): void {
  const decision = limiter.check(key);
  if (decision.allowed) return;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  reply.header('retry-after', String(seconds));
  throw new HttpError(429, 'rate_limited', `Too many sign-in attempts: try again in ${seconds} seconds`);
}

/**
 * Checks both limits, then counts the attempt in both before anything is awaited: parallel attempts
 * each take a slot, so no more than the limit are ever hashed.
 */
function countAttempt(reply: FastifyReply, limits: ApiContext['signInLimits'], ip: string, email: string): void {
  enforceLimit(reply, limits.byIp, ip);
  enforceLimit(reply, limits.byEmail, email);
  limits.byIp.hit(ip);
  limits.byEmail.hit(email);
}

export function registerAuthRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { db, signInLimits } = ctx;

  app.post('/api/auth/sign-in', { config: { public: true } }, async (request, reply): Promise<SignInResponse> => {
    const { body } = parseRequest(request, { body: signInRequestSchema });
    const ipKey = request.ip;
    countAttempt(reply, signInLimits, ipKey, body.email);
    const user = await db.selectFrom('users').select(['id', 'password_hash', 'disabled_at']).where('email', '=', body.email).executeTakeFirst();
    const valid = user === undefined ? await verifyAgainstDummy(body.password) : await verifyPassword(body.password, user.password_hash);
    if (!valid || user === undefined) {
      await writeAudit(db, [{ actorId: user?.id ?? null, action: 'auth.sign_in_failed', details: { ip: ipKey } }]);
      throw new HttpError(401, 'invalid_credentials', 'Wrong email or password');
    }
    // The right password is not a guess: the address gets its attempt back, the account starts afresh.
    signInLimits.byIp.refund(ipKey);
    signInLimits.byEmail.reset(body.email);
    if (user.disabled_at !== null) throw new HttpError(401, 'account_disabled', 'This account is disabled');
    const { token, sessionId } = await createSession(db, user.id, body.deviceName, new Date(ctx.now()));
    await writeAudit(db, [{ actorId: user.id, action: 'auth.signed_in', entity: 'session', entityId: sessionId, details: { deviceName: body.deviceName, ip: ipKey } }]);
    const auth = await authenticate(db, `Bearer ${token}`, ctx.now());
    return { ...me(auth), token };
  });

  app.get('/api/auth/me', async (request): Promise<MeResponse> => me(requireAuth(request)));

  app.post('/api/auth/sign-out', async (request): Promise<SignOutResponse> => {
    const auth = requireAuth(request);
    await revokeSession(db, auth.session.id, new Date(ctx.now()));
    await writeAudit(db, [{ actorId: auth.user.id, action: 'auth.signed_out', entity: 'session', entityId: auth.session.id }]);
    return { signedOut: true };
  });
}

// Registers the authenticated API (CORS for the desktop origin, the auth hook, then auth, admin and
// sync routes) around an open Storage. Options exist for tests: a clock to move, tight sign-in limits,
// a fast heartbeat, a shared change feed.
import type { FastifyInstance } from 'fastify';
import { registerAuthentication } from '../auth/authenticate';
import { RateLimiter } from '../auth/rateLimiter';
import { readServerEpoch } from '../db/serverMeta';
import type { Storage } from '../db/storage';
import { registerCors } from '../http/cors';
import { createLocalFeed } from '../sync/changeFeed';
import type { ChangeFeed } from '../sync/changeFeed';
import { registerAdminRoutes } from './admin';
import type { ApiContext } from './apiContext';
import { registerAuthRoutes } from './auth';
import { registerSyncRoutes } from './sync';
import { registerSyncEvents } from './syncEvents';

type Limit = { limit: number; windowMs: number };

export type ApiOptions = {
  now?: () => number;
  /** Defaults to an in-process feed (right for embedded PGlite); PostgreSQL servers pass a LISTEN feed. */
  feed?: ChangeFeed;
  signInLimits?: { perIp?: Limit; perEmail?: Limit };
  heartbeatMs?: number;
};

const WINDOW_MS = 15 * 60_000;
/** Failed sign-ins allowed per window. */
const PER_IP: Limit = { limit: 30, windowMs: WINDOW_MS };
const PER_EMAIL: Limit = { limit: 5, windowMs: WINDOW_MS };

export async function registerApi(app: FastifyInstance, storage: Storage, options: ApiOptions = {}): Promise<ApiContext> {
  const now = options.now ?? Date.now;
  const ctx: ApiContext = {
    db: storage.db,
    now,
    epoch: await readServerEpoch(storage.db),
    feed: options.feed ?? createLocalFeed(),
    signInLimits: {
      byIp: new RateLimiter({ ...(options.signInLimits?.perIp ?? PER_IP), now }),
      byEmail: new RateLimiter({ ...(options.signInLimits?.perEmail ?? PER_EMAIL), now }),
    },
  };
  registerCors(app);
  registerAuthentication(app, storage.db, now);
  registerAuthRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  registerSyncEvents(app, ctx, { heartbeatMs: options.heartbeatMs });
  return ctx;
}

import type { Kysely } from 'kysely';
import type { RateLimiter } from '../auth/rateLimiter';
import type { Database } from '../db/schema';
import type { ChangeFeed } from '../sync/changeFeed';

/** What the API routes share: storage, the server clock, this database's epoch, the live feed, sign-in limits. */
export type ApiContext = {
  db: Kysely<Database>;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now: () => number;
  epoch: string;
  feed: ChangeFeed;
  signInLimits: { byIp: RateLimiter; byEmail: RateLimiter };
};

// A fixed-window attempt counter per key, in memory (per server instance). Sign-in counts attempts in
// two: one keyed by client IP, one by email, so neither guessing one account's password from many
// addresses nor spraying many accounts from one address gets far. An attempt is counted when it starts
// and given back if it succeeds, so parallel attempts cannot all pass the check before any is counted.
// The clock is injected so tests can step time.

export type RateLimiterOptions = {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Above this many tracked keys, expired windows are swept on the next hit. */
  sweepAbove?: number;
};

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

type Window = { startedAt: number; count: number };

export class RateLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #sweepAbove: number;

  constructor(options: RateLimiterOptions) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
    this.#sweepAbove = options.sweepAbove ?? 10_000;
  }

  #current(key: string, now: number): Window | undefined {
    const window = this.#windows.get(key);
    if (window !== undefined && now - window.startedAt >= this.#windowMs) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  /** Whether another attempt is allowed now (does not count one). */
  check(key: string): RateDecision {
    const now = this.#now();
    const window = this.#current(key, now);
    if (window === undefined || window.count < this.#limit) return { allowed: true };
    return { allowed: false, retryAfterMs: window.startedAt + this.#windowMs - now };
  }

  /** Counts one attempt. */
  hit(key: string): void {
    const now = this.#now();
    if (this.#windows.size > this.#sweepAbove) this.#sweep(now);
    const window = this.#current(key, now);
    if (window === undefined) this.#windows.set(key, { startedAt: now, count: 1 });
    else window.count += 1;
  }

  /** Gives back one attempt counted by `hit` (e.g. one that turned out to be a successful sign-in). */
  refund(key: string): void {
    const window = this.#current(key, this.#now());
    if (window !== undefined && window.count > 0) window.count -= 1;
  }

  /** Forgets a key's attempts (e.g. after a successful sign-in). */
  reset(key: string): void {
    this.#windows.delete(key);
  }

  get size(): number {
    return this.#windows.size;
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) {
      if (now - window.startedAt >= this.#windowMs) this.#windows.delete(key);
    }
  }
}

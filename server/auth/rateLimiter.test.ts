import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimiter';

describe('RateLimiter', () => {
  it('allows `limit` attempts per window, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(limiter.check('ip-1')).toEqual({ allowed: true });
      limiter.hit('ip-1');
    }
    now += 20_000;
    expect(limiter.check('ip-1')).toEqual({ allowed: false, retryAfterMs: 40_000 });
    expect(limiter.check('ip-2')).toEqual({ allowed: true });
    now += 40_000;
    expect(limiter.check('ip-1')).toEqual({ allowed: true });
  });

  it('gives back a refunded attempt within its window', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
    limiter.hit('ip-1');
    limiter.hit('ip-1');
    expect(limiter.check('ip-1').allowed).toBe(false);
    limiter.refund('ip-1');
    expect(limiter.check('ip-1').allowed).toBe(true);
    limiter.refund('never-seen');
    expect(limiter.size).toBe(1);
  });

  it('forgets a key on reset', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 });
    limiter.hit('dana@example.test');
    expect(limiter.check('dana@example.test').allowed).toBe(false);
    limiter.reset('dana@example.test');
    expect(limiter.check('dana@example.test').allowed).toBe(true);
  });

  it('sweeps expired windows so memory stays bounded', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000, now: () => now, sweepAbove: 100 });
    for (let i = 0; i < 150; i++) limiter.hit(`key-${i}`);
    expect(limiter.size).toBe(150);
    now = 5000;
    limiter.hit('fresh');
    expect(limiter.size).toBe(1);
  });
});

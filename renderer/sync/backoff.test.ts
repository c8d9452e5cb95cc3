import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles up to the cap, with half of each delay random', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, () => 0.999999))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(40, () => 0.5, { baseMs: 1000, maxMs: 60_000 })).toBe(45_000);
  });
});

import { describe, expect, it } from 'vitest';
import { describeSkew, isSkewed, skewFromDateHeader } from './clockSkew';

describe('clock skew', () => {
  const server = Date.parse('Wed, 15 Jan 2025 12:00:00 GMT');

  it('measures this device against the Date header', () => {
    expect(skewFromDateHeader('Wed, 15 Jan 2025 12:00:00 GMT', server + 7 * 60_000)).toBe(7 * 60_000);
    expect(skewFromDateHeader(null, server)).toBeNull();
    expect(skewFromDateHeader('not a date', server)).toBeNull();
  });

  it('warns beyond five minutes either way, in plain words', () => {
    expect(isSkewed(5 * 60_000)).toBe(false);
    expect(isSkewed(-6 * 60_000)).toBe(true);
    expect(isSkewed(null)).toBe(false);
    expect(describeSkew(-12 * 60_000)).toBe("This computer's clock is 12 minutes behind the server. Times recorded on this computer will be wrong: set the correct time in the system settings.");
    expect(describeSkew(null)).toMatch(/^This computer's clock is more than 5 minutes ahead of the server\./);
    expect(describeSkew(3 * 3_600_000)).toMatch(/clock is 3 hours ahead/);
  });
});

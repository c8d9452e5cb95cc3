import { describe, expect, it } from 'vitest';
import { formatCount, formatDelta } from './number';

describe('number formats', () => {
  it('writes counts with separators and signed deltas', () => {
    expect(formatCount(101_000)).toBe('101,000');
    expect(formatCount(2_500.5)).toBe('2,500.5');
    expect(formatDelta(1_200)).toBe('+1,200');
    expect(formatDelta(-22_400)).toBe('−22,400');
    expect(formatDelta(0)).toBe('±0');
  });
});

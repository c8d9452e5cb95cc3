import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, hlcAheadMs, hlcNow, hlcReceive, hlcZero, isHlcString } from './hlc';

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const a = hlcNow(hlcZero('A'), 1000);
    expect(a).toEqual({ ms: 1000, counter: 0, node: 'A' });
    expect(hlcNow(a, 2000)).toEqual({ ms: 2000, counter: 0, node: 'A' });
  });

  it('never goes backwards when the wall clock stalls or jumps back', () => {
    const a = hlcNow(hlcZero('A'), 5000);
    const b = hlcNow(a, 5000);
    const c = hlcNow(b, 10);
    expect(b).toEqual({ ms: 5000, counter: 1, node: 'A' });
    expect(c).toEqual({ ms: 5000, counter: 2, node: 'A' });
    expect(compareHlc(encodeHlc(a), encodeHlc(b))).toBe(-1);
    expect(compareHlc(encodeHlc(b), encodeHlc(c))).toBe(-1);
  });

  it('moves past a remote timestamp that is ahead', () => {
    const local = hlcNow(hlcZero('A'), 1000);
    const remote = { ms: 3000, counter: 4, node: 'B' };
    const next = hlcReceive(local, remote, 1500);
    expect(next).toEqual({ ms: 3000, counter: 5, node: 'A' });
    expect(encodeHlc(next) > encodeHlc(remote)).toBe(true);
  });

  it('takes the larger counter when local and remote share the millisecond', () => {
    expect(hlcReceive({ ms: 7, counter: 2, node: 'A' }, { ms: 7, counter: 9, node: 'B' }, 1)).toEqual({ ms: 7, counter: 10, node: 'A' });
    expect(hlcReceive({ ms: 9, counter: 2, node: 'A' }, { ms: 7, counter: 9, node: 'B' }, 1)).toEqual({ ms: 9, counter: 3, node: 'A' });
  });

  it('resets the counter when the wall clock is ahead of both', () => {
    expect(hlcReceive({ ms: 7, counter: 2, node: 'A' }, { ms: 8, counter: 9, node: 'B' }, 100)).toEqual({ ms: 100, counter: 0, node: 'A' });
  });

  it('encodes so that string order is (ms, counter, node) order', () => {
    const values = [
      { ms: 1_700_000_000_000, counter: 0, node: 'b' },
      { ms: 999, counter: 12, node: 'z' },
      { ms: 1_700_000_000_000, counter: 0, node: 'a' },
      { ms: 1_700_000_000_000, counter: 11, node: 'a' },
      { ms: 1_700_000_000_000, counter: 2, node: 'c' },
    ];
    const byTuple = [...values].sort((x, y) => x.ms - y.ms || x.counter - y.counter || (x.node < y.node ? -1 : 1));
    const byString = values.map(encodeHlc).sort(compareHlc);
    expect(byString).toEqual(byTuple.map(encodeHlc));
  });

  it('round-trips through the string form, node ids with dashes included', () => {
    const hlc = { ms: 1_716_912_345_678, counter: 42, node: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b' };
    const text = encodeHlc(hlc);
    expect(isHlcString(text)).toBe(true);
    expect(decodeHlc(text)).toEqual(hlc);
    expect(() => decodeHlc('yesterday')).toThrow(/Not a hybrid logical clock/);
  });

  it('carries a full counter into the next millisecond', () => {
    const next = hlcNow({ ms: 50, counter: 999_999, node: 'A' }, 50);
    expect(next).toEqual({ ms: 51, counter: 0, node: 'A' });
  });

  it('measures how far ahead of a wall clock a timestamp is', () => {
    expect(hlcAheadMs({ ms: 10 * 60_000, counter: 0, node: 'A' }, 4 * 60_000)).toBe(6 * 60_000);
  });
});

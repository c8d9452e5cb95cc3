import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../clock/hlc';
import { maxHlc, mergeField, mergePatch, sameValue } from './merge';

const hlc = (ms: number, node = 'client-a', counter = 0) => encodeHlc({ ms, counter, node });
const T = 1_736_951_400_000;

describe('sameValue', () => {
  it('compares JSON values deeply, ignoring object key order but not array order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

describe('mergeField', () => {
  const held = { value: 'server value', hlc: hlc(T) };

  it('does nothing when the field already holds the value', () => {
    expect(mergeField(held, { value: 'server value', hlc: hlc(T + 5), hasBase: true, base: 'old' })).toEqual({ outcome: 'unchanged' });
  });

  it('applies an edit based on what the server holds, without conflict, even from a clock behind', () => {
    expect(mergeField(held, { value: 'new', hlc: hlc(T + 5), hasBase: true, base: 'server value' })).toEqual({ outcome: 'applied', conflict: false, hlc: hlc(T + 5) });
    expect(mergeField(held, { value: 'new', hlc: hlc(T - 60_000), hasBase: true, base: 'server value' })).toEqual({ outcome: 'applied', conflict: false, hlc: hlc(T) });
  });

  it('lets the later HLC win a concurrent edit and reports the loser as a conflict', () => {
    expect(mergeField(held, { value: 'later', hlc: hlc(T + 1), hasBase: true, base: 'something older' })).toEqual({ outcome: 'applied', conflict: true, hlc: hlc(T + 1) });
    expect(mergeField(held, { value: 'earlier', hlc: hlc(T - 1), hasBase: true, base: 'something older' })).toEqual({ outcome: 'kept' });
    expect(mergeField(held, { value: 'no base', hlc: hlc(T + 1), hasBase: false })).toEqual({ outcome: 'applied', conflict: true, hlc: hlc(T + 1) });
  });

  it('breaks a tie on the same millisecond and counter by client id', () => {
    const fromA = { value: 'a', hlc: hlc(T, 'client-a') };
    expect(mergeField(fromA, { value: 'b', hlc: hlc(T, 'client-b'), hasBase: false }).outcome).toBe('applied');
    const fromB = { value: 'b', hlc: hlc(T, 'client-b') };
    expect(mergeField(fromB, { value: 'a', hlc: hlc(T, 'client-a'), hasBase: false }).outcome).toBe('kept');
  });
});

describe('mergePatch', () => {
  it('merges each field on its own clock and lists the conflicts with both values', () => {
    const values = { name: 'Mercy Hospital', notes: 'gate code 12', tier: 'life_safety' };
    const clocks: Record<string, string> = { name: hlc(T), notes: hlc(T + 10, 'client-b'), tier: hlc(T) };
    const result = mergePatch(
      values,
      (field) => clocks[field]!,
      { name: 'Mercy General', notes: 'gate code 99', tier: 'life_safety' },
      { name: 'Mercy Hospital', notes: 'gate code 11' },
      hlc(T + 5),
    );
    expect(result.values).toEqual({ name: 'Mercy General', notes: 'gate code 12', tier: 'life_safety' });
    expect(values.name).toBe('Mercy Hospital');
    expect(result.changedFields).toEqual(['name']);
    expect(result.hlcs).toEqual({ name: hlc(T + 5) });
    expect(result.conflicts).toEqual([
      { field: 'notes', winningValue: 'gate code 12', losingValue: 'gate code 99', incomingWon: false, losingHlc: hlc(T + 5), winningHlc: hlc(T + 10, 'client-b') },
    ]);
  });

  it('reports the server value as the loser when a concurrent incoming edit is newer', () => {
    const result = mergePatch({ notes: 'A' }, () => hlc(T), { notes: 'B' }, { notes: 'original' }, hlc(T + 1, 'client-b'));
    expect(result.values).toEqual({ notes: 'B' });
    expect(result.conflicts).toEqual([{ field: 'notes', winningValue: 'B', losingValue: 'A', incomingWon: true, losingHlc: hlc(T), winningHlc: hlc(T + 1, 'client-b') }]);
  });

  it('orders HLCs with maxHlc', () => {
    expect(maxHlc(hlc(T), hlc(T + 1))).toBe(hlc(T + 1));
    expect(maxHlc(hlc(T, 'b'), hlc(T, 'a'))).toBe(hlc(T, 'b'));
  });
});

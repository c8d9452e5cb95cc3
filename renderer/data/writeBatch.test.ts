import { describe, expect, it } from 'vitest';
import { BYTES_PER_WRITE, batchesWithin } from './writeBatch';

const sizes = (batches: Iterable<number[]>) => [...batches].map((b) => b.length);

describe('batchesWithin', () => {
  it('closes a batch before its estimated bytes would pass BYTES_PER_WRITE', () => {
    const third = Math.floor(BYTES_PER_WRITE / 3);
    expect(sizes(batchesWithin([1, 2, 3, 4, 5, 6, 7], () => third, 100))).toEqual([3, 3, 1]);
    expect(sizes(batchesWithin([1, 2, 3], (n) => (n === 2 ? BYTES_PER_WRITE : 1), 100))).toEqual([1, 1, 1]);
  });

  it('closes a batch at maxItems, keeps order and drops nothing', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const batches = [...batchesWithin(items, () => 1, 4)];
    expect(batches).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10]]);
  });

  it('writes an item larger than the budget alone rather than never, and yields nothing for no items', () => {
    expect(sizes(batchesWithin([1], () => 2 * BYTES_PER_WRITE, 10))).toEqual([1]);
    expect(sizes(batchesWithin([], () => 1, 10))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { assessStorage, LOW_FREE_BYTES, storageHealth } from './storageHealth';

const MB = 1024 * 1024;

describe('storage health', () => {
  it('flags low space below 10% or 200 MB free', () => {
    expect(assessStorage({ quota: 10_000 * MB, usage: 1_000 * MB }, true)).toMatchObject({ freeBytes: 9_000 * MB, low: false, persisted: true });
    expect(assessStorage({ quota: 10_000 * MB, usage: 9_500 * MB }, true).low).toBe(true);
    expect(assessStorage({ quota: 1_000 * MB, usage: 850 * MB }, false).low).toBe(true);
    expect(assessStorage({ quota: 100_000 * MB, usage: 100_000 * MB - LOW_FREE_BYTES + 1 }, false).low).toBe(true);
    expect(assessStorage(null, false)).toMatchObject({ supported: false, low: false, freeBytes: null });
  });

  it('asks for persistence once and reads the estimate from the storage manager', async () => {
    let persistCalls = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        persistCalls += 1;
        return true;
      },
      estimate: async () => ({ quota: 2_000 * MB, usage: 100 * MB }),
    } as unknown as StorageManager;
    expect(await storageHealth(storage)).toMatchObject({ supported: true, persisted: true, low: false, quotaBytes: 2_000 * MB });
    await storageHealth(storage);
    expect(persistCalls).toBe(1);
  });
});

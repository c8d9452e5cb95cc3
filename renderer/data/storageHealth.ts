// Browsers may evict IndexedDB under storage pressure, which would lose unsynced work: ask once for
// persistent storage, and report how much room is left so the UI can warn before writes fail.
export interface StorageHealth {
  /** False when the browser exposes no storage API (then nothing else is known). */
  supported: boolean;
  /** The browser promised not to evict our data. */
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
  freeBytes: number | null;
  /** Free space is below 10% of the quota or below 200 MB. */
  low: boolean;
}

export const LOW_FREE_RATIO = 0.1;
export const LOW_FREE_BYTES = 200 * 1024 * 1024;

/** Pure assessment of an estimate (exported for tests and other callers). */
export function assessStorage(estimate: StorageEstimate | null, persisted: boolean): StorageHealth {
  const quota = estimate?.quota ?? null;
  const usage = estimate?.usage ?? null;
  if (quota === null || usage === null) {
    return { supported: estimate !== null, persisted, usageBytes: usage, quotaBytes: quota, freeBytes: null, low: false };
  }
  const free = Math.max(0, quota - usage);
  return { supported: true, persisted, usageBytes: usage, quotaBytes: quota, freeBytes: free, low: free < LOW_FREE_BYTES || free < quota * LOW_FREE_RATIO };
}

let persistRequest: Promise<boolean> | null = null;

/** Asks for persistent storage once per page (later calls reuse the answer). */
export function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return Promise.resolve(false);
  persistRequest ??= storage.persisted().then((already) => already || storage.persist()).catch(() => false);
  return persistRequest;
}

/** Current storage health (requests persistence on first call). */
export async function storageHealth(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageHealth> {
  if (!storage?.estimate) return assessStorage(null, false);
  const [persisted, estimate] = await Promise.all([requestPersistentStorage(storage), storage.estimate().catch(() => null)]);
  return assessStorage(estimate, persisted);
}

// Exactly one window or tab syncs a local database: it holds an exclusive lock named after the
// database for as long as it syncs. Web Locks are used where the browser has them (they are released
// when the tab dies); otherwise a lease in localStorage, renewed while held and taken over once it
// lapses. Tests inject an in-process lock.

export interface HeldLock {
  release(): void;
}

export interface SyncLock {
  /** Resolves once this holder has the lock; rejects if `signal` aborts first. */
  acquire(name: string, signal: AbortSignal): Promise<HeldLock>;
}

const aborted = (signal: AbortSignal) => signal.reason instanceof Error ? signal.reason : new Error('Stopped before the sync lock was free');

export function createWebLock(locks: LockManager): SyncLock {
  return {
    acquire: (name, signal) =>
      new Promise<HeldLock>((resolve, reject) => {
        locks
          .request(name, { mode: 'exclusive', signal }, () => new Promise<void>((release) => resolve({ release: () => release() })))
          .catch((error: unknown) => reject(signal.aborted ? aborted(signal) : error));
      }),
  };
}

/** Holders waiting in one process (tests, or several engines on one page). */
export function createMemoryLock(): SyncLock {
  const queues = new Map<string, (() => void)[]>();
  return {
    acquire: (name, signal) =>
      new Promise<HeldLock>((resolve, reject) => {
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        const grant = () => {
          let released = false;
          resolve({
            release: () => {
              if (released) return;
              released = true;
              queue.shift();
              queue[0]?.();
            },
          });
        };
        queue.push(grant);
        if (queue.length === 1) grant();
        signal.addEventListener('abort', () => {
          const index = queue.indexOf(grant);
          if (index > 0) {
            queue.splice(index, 1);
            reject(aborted(signal));
          }
        }, { once: true });
      }),
  };
}

export interface LeaseOptions {
  storage: Storage;
  now?: () => number;
  ttlMs?: number;
  renewMs?: number;
}

/** A lease in localStorage for browsers without Web Locks (e.g. the web app served over plain http). */
export function createLeaseLock({ storage, now = Date.now, ttlMs = 8000, renewMs = 2000 }: LeaseOptions): SyncLock {
  const owner = `${now()}-${Math.random().toString(36).slice(2)}`;
  const read = (key: string): { owner: string; until: number } | null => {
    try {
      return JSON.parse(storage.getItem(key) ?? 'null') as { owner: string; until: number } | null;
    } catch {
      return null;
    }
  };
  return {
    acquire: (name, signal) =>
      new Promise<HeldLock>((resolve, reject) => {
        const key = `liaison-desk.lock.${name}`;
        const write = () => storage.setItem(key, JSON.stringify({ owner, until: now() + ttlMs }));
        let timer: ReturnType<typeof setTimeout>;
        const attempt = () => {
          if (signal.aborted) return reject(aborted(signal));
          const lease = read(key);
          if (lease === null || lease.owner === owner || lease.until < now()) {
            write();
            // Two tabs may write at once: the one whose write survived a moment later has it.
            timer = setTimeout(() => {
              if (read(key)?.owner !== owner) return void (timer = setTimeout(attempt, renewMs));
              const renew = setInterval(write, renewMs);
              resolve({
                release: () => {
                  clearInterval(renew);
                  if (read(key)?.owner === owner) storage.removeItem(key);
                },
              });
            }, 50);
            return;
          }
          timer = setTimeout(attempt, renewMs);
        };
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(aborted(signal));
        }, { once: true });
        attempt();
      }),
  };
}

/** The best lock this environment offers. */
export function defaultSyncLock(): SyncLock {
  if (typeof navigator !== 'undefined' && navigator.locks) return createWebLock(navigator.locks);
  if (typeof localStorage !== 'undefined') return createLeaseLock({ storage: localStorage });
  return createMemoryLock();
}

// Whether the device has a network, as the browser sees it: `navigator.onLine` and the online/offline
// events. Without a browser (node tests) the device counts as always online; tests that simulate a
// network cut inject their own.

export interface Connectivity {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export function browserConnectivity(): Connectivity {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') {
    return { isOnline: () => true, subscribe: () => () => {} };
  }
  return {
    isOnline: () => navigator.onLine,
    subscribe(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}

/** A switchable network for tests: `set(false)` cuts it and tells the engine, like the browser would. */
export function manualConnectivity(initial = true): Connectivity & { set(online: boolean): void } {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === online) return;
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
}

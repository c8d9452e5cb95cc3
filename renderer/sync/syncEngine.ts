// The sync client: decides when to sync and reports how it goes. One engine per open local database;
// only the holder of the database's sync lock (one window or tab) syncs. It syncs on start, soon after
// local writes, when the server's live signal reports newer changes, on reconnect, and on request;
// failures retry with backoff and jitter. Everything it talks to is injected, so node tests run
// several engines against one in-process server.
import { liveQuery } from 'dexie';
import type { MeResponse } from '../../shared/api/auth';
import { parseCursor } from '../../shared/sync/cursor';
import type { LiaisonDb } from '../data/db';
import { deviceNow } from '../data/deviceClock';
import { lastSyncedAt, markSynced, syncCursor } from '../data/sync/syncQueries';
import { backoffDelay } from './backoff';
import type { BackoffOptions } from './backoff';
import { isSkewed, skewFromDateHeader } from './clockSkew';
import { browserConnectivity } from './connectivity';
import type { Connectivity } from './connectivity';
import { describeFailure } from './describeFailure';
import { openLiveSignal } from './liveSignal';
import type { LiveSignal } from './liveSignal';
import { createSyncApi } from './syncApi';
import type { FetchLike, SyncApi } from './syncApi';
import { pullChanges, pushOutbox } from './syncCycle';
import { defaultSyncLock } from './syncLock';
import type { HeldLock, SyncLock } from './syncLock';
import { initialSyncStatus } from './syncStatus';
import type { SyncStatus } from './syncStatus';

export interface SyncEngineOptions {
  db: LiaisonDb;
  baseUrl: () => string;
  token: () => string | null;
  fetch?: FetchLike;
  /** The device clock (defaults to the database's clock). */
  now?: () => number;
  random?: () => number;
  lock?: SyncLock;
  connectivity?: Connectivity;
  /** Listen to the server's live signal (default true). */
  live?: boolean;
  /** Sync soon after local writes (default true). */
  watchOutbox?: boolean;
  /** Told the signed-in account at the start of syncing (role and scopes may have changed). */
  onAccount?: (me: MeResponse) => void | Promise<void>;
  /** Told when the server no longer accepts the session. */
  onAuthLost?: (message: string) => void;
  retry?: BackoffOptions;
  pushDelayMs?: number;
  /** Sync this often while the live signal is down (it also catches anything missed). */
  pollMs?: number;
  pullPageSize?: number;
  pushBatchSize?: number;
  requestTimeoutMs?: number;
}

export interface CycleResult {
  ok: boolean;
  error: string | null;
}

export interface SyncEngine {
  start(): void;
  stop(): Promise<void>;
  /** Asks for a sync soon (coalesced with one already running). */
  requestSync(): void;
  /** Runs a complete sync now (after any running one) and tells how it went. */
  syncNow(): Promise<CycleResult>;
  getStatus(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  readonly api: SyncApi;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db } = options;
  const now = options.now ?? (() => deviceNow(db));
  const random = options.random ?? Math.random;
  const connectivity = options.connectivity ?? browserConnectivity();
  let status: SyncStatus = initialSyncStatus;
  const listeners = new Set<(s: SyncStatus) => void>();
  const set = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener(status);
  };

  let measuredSkew: number | null = null;
  let refusedAhead = false;
  const clockStatus = (): SyncStatus['clock'] => (isSkewed(measuredSkew) ? { skewMs: measuredSkew } : refusedAhead && measuredSkew === null ? { skewMs: null } : null);
  const api = createSyncApi({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    token: options.token,
    timeoutMs: options.requestTimeoutMs,
    onResponse: (response) => {
      const skew = skewFromDateHeader(response.headers.get('date'), now());
      if (skew !== null) measuredSkew = skew;
    },
  });

  let started = false;
  let leader = false;
  let authLost = false;
  let accountChecked = false;
  let controller = new AbortController();
  let held: HeldLock | null = null;
  let live: LiveSignal | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let attempt = 0;
  let knownSeq = -1;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  const cleanups: (() => void)[] = [];
  let lastResult: CycleResult = { ok: false, error: null };
  let cyclesStarted = 0;
  const waiters: { after: number; resolve: (result: CycleResult) => void }[] = [];

  const scheduleRetry = () => {
    const delay = backoffDelay(attempt++, random, options.retry);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => engine.requestSync(), delay);
    return Date.now() + delay;
  };

  const cycle = async (): Promise<void> => {
    const signal = controller.signal;
    set({ state: 'syncing', activity: null });
    try {
      if (!accountChecked && options.onAccount) {
        await options.onAccount(await api.me(signal));
        accountChecked = true;
      }
      const ctx = {
        db, api, signal, report: (activity: SyncStatus['activity']) => set({ activity }),
        pullPageSize: options.pullPageSize, pushBatchSize: options.pushBatchSize,
      };
      const pushed = await pushOutbox(ctx);
      if (pushed.refused.some((r) => r.code === 'clock_ahead')) refusedAhead = true;
      else if (pushed.acknowledged > 0) refusedAhead = false;
      const pulled = await pullChanges(ctx);
      if (signal.aborted) return;
      const at = new Date(now()).toISOString();
      await markSynced(db, at);
      knownSeq = parseCursor((await syncCursor(db)) ?? '')?.seq ?? knownSeq;
      attempt = 0;
      lastResult = { ok: true, error: null };
      set({
        state: 'idle', activity: null, lastSyncedAt: at, error: null, retryAt: null, clock: clockStatus(),
        unreadableRecords: pulled.snapshot ? pulled.rejected : status.unreadableRecords + pulled.rejected,
      });
    } catch (error) {
      if (signal.aborted) return;
      const failure = describeFailure(error);
      lastResult = { ok: false, error: failure.message };
      if (failure.kind === 'auth') {
        authLost = true;
        // Until a new sign-in (a new engine, or stop and start): no stream on a session that is gone.
        closeLive();
        set({ state: 'signed_out', activity: null, error: failure.message, retryAt: null });
        options.onAuthLost?.(failure.message);
        return;
      }
      const offline = !connectivity.isOnline();
      const state = offline ? 'offline' : failure.kind === 'network' ? 'unreachable' : 'error';
      set({ state, activity: null, error: failure.message, clock: clockStatus(), retryAt: offline ? null : scheduleRetry() });
    }
  };

  const runLoop = async () => {
    do {
      again = false;
      const number = ++cyclesStarted;
      await cycle();
      for (const waiter of waiters.filter((w) => w.after < number)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(lastResult);
      }
    } while (again && leader && !authLost && !controller.signal.aborted);
  };

  const openLive = () => {
    if (options.live === false || live !== null || authLost) return;
    live = openLiveSignal({
      baseUrl: options.baseUrl,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      token: options.token,
      random,
      onSignal: (seq) => {
        if (seq === 0 || seq > knownSeq) engine.requestSync();
      },
      onConnected: (connected) => set({ live: connected }),
      // A cycle tells whether the session is really gone (then the stream is closed, see cycle).
      onAuthLost: () => engine.requestSync(),
    });
  };
  const closeLive = () => {
    live?.close();
    live = null;
    set({ live: false });
  };

  const becomeLeader = async (signal: AbortSignal) => {
    const synced = await lastSyncedAt(db);
    // stop() may have run meanwhile: then nothing may start (no subscriptions, timers or stream).
    if (signal.aborted) return;
    leader = true;
    set({ state: connectivity.isOnline() ? 'syncing' : 'offline', lastSyncedAt: synced });
    cleanups.push(connectivity.subscribe((online) => {
      if (!online) {
        closeLive();
        clearTimeout(retryTimer);
        if (status.state !== 'signed_out') set({ state: 'offline', retryAt: null });
        return;
      }
      attempt = 0;
      openLive();
      engine.requestSync();
    }));
    if (options.watchOutbox !== false) {
      let first = true;
      const subscription = liveQuery(() => db.outbox.orderBy('seq').lastKey()).subscribe({
        next: () => {
          if (first) return void (first = false);
          clearTimeout(pushTimer);
          pushTimer = setTimeout(() => engine.requestSync(), options.pushDelayMs ?? 300);
        },
        error: () => {},
      });
      cleanups.push(() => subscription.unsubscribe());
    }
    pollTimer = setInterval(() => {
      if (!status.live) engine.requestSync();
    }, options.pollMs ?? 60_000);
    if (connectivity.isOnline()) openLive();
    engine.requestSync();
  };

  const engine: SyncEngine = {
    api,
    start() {
      if (started) return;
      started = true;
      authLost = false;
      accountChecked = false;
      controller = new AbortController();
      set({ state: 'standby' });
      const signal = controller.signal;
      (options.lock ?? defaultSyncLock())
        .acquire(`liaison-desk-sync:${db.name}`, signal)
        .then((lock) => {
          if (signal.aborted) return lock.release();
          held = lock;
          return becomeLeader(signal);
        })
        .catch(() => {});
    },
    async stop() {
      if (!started) return;
      started = false;
      leader = false;
      controller.abort();
      closeLive();
      for (const cleanup of cleanups.splice(0)) cleanup();
      clearTimeout(retryTimer);
      clearTimeout(pushTimer);
      clearInterval(pollTimer);
      await running;
      for (const waiter of waiters.splice(0)) waiter.resolve({ ok: false, error: 'Sync stopped' });
      held?.release();
      held = null;
      set({ state: 'stopped', activity: null, retryAt: null });
    },
    requestSync() {
      if (!leader || authLost || controller.signal.aborted) return;
      if (!connectivity.isOnline()) {
        set({ state: 'offline', retryAt: null });
        return;
      }
      clearTimeout(retryTimer);
      if (running) {
        again = true;
        return;
      }
      running = runLoop().finally(() => {
        running = null;
        // A request that arrived as the loop was ending.
        if (again) engine.requestSync();
        else for (const waiter of waiters.splice(0)) waiter.resolve(lastResult);
      });
    },
    syncNow() {
      if (!leader) return Promise.resolve({ ok: false, error: status.state === 'standby' ? 'Another window is syncing this data' : 'Sync is not running' });
      if (authLost) return Promise.resolve({ ok: false, error: status.error });
      if (!connectivity.isOnline()) return Promise.resolve({ ok: false, error: 'This device is offline' });
      return new Promise<CycleResult>((resolve) => {
        waiters.push({ after: cyclesStarted, resolve });
        engine.requestSync();
      });
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return engine;
}

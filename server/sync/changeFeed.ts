// The live "something changed" signal behind GET /api/sync/events. On PostgreSQL every instance LISTENs
// on one channel and writers NOTIFY inside their transaction (delivered on commit), so clients of every
// instance hear every commit. Embedded PGlite has one instance: writers call `committed` after commit.
import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import { Client } from 'pg';
import { CHANGE_CHANNEL } from './changeSeq';

export interface ChangeFeed {
  /** Call after a commit that made changes up to `seq` (a no-op where the database delivers NOTIFY). */
  committed(seq: number): void;
  /** Calls `listener` with the latest seq after each commit; returns the unsubscribe function. */
  subscribe(listener: (seq: number) => void): () => void;
  close(): Promise<void>;
}

class Emitter {
  readonly #events = new EventEmitter().setMaxListeners(0);
  emit(seq: number): void {
    this.#events.emit('change', seq);
  }
  subscribe(listener: (seq: number) => void): () => void {
    this.#events.on('change', listener);
    return () => this.#events.off('change', listener);
  }
}

/** In-process feed (embedded PGlite, tests with `inject`). */
export function createLocalFeed(): ChangeFeed {
  const emitter = new Emitter();
  return {
    committed: (seq) => emitter.emit(seq),
    subscribe: (listener) => emitter.subscribe(listener),
    close: async () => {},
  };
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * LISTENs on a dedicated connection (outside the pool) and reconnects with backoff when it drops;
 * after a reconnect it signals once (seq 0: "pull to be sure"), since notifications sent meanwhile were lost.
 */
export async function createPostgresFeed(databaseUrl: string, logger: FastifyBaseLogger): Promise<ChangeFeed> {
  const emitter = new Emitter();
  let client: Client | undefined;
  let closed = false;

  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: databaseUrl });
    const lost = (err?: Error) => {
      if (closed || client !== next) return;
      if (err) logger.warn({ err }, 'change feed connection lost');
      client = undefined;
      void next.end().catch(() => {});
      void reconnect();
    };
    next.on('notification', (message) => {
      const seq = Number(message.payload);
      if (message.channel === CHANGE_CHANNEL && Number.isSafeInteger(seq)) emitter.emit(seq);
    });
    next.on('error', lost);
    next.on('end', () => lost());
    try {
      await next.connect();
      await next.query(`listen ${CHANGE_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    client = next;
  };

  const reconnect = async () => {
    for (let delay = RETRY_MIN_MS; !closed; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
      await sleep(delay);
      if (closed) return;
      try {
        await connect();
        emitter.emit(0);
        return;
      } catch (err) {
        logger.warn({ err }, 'change feed reconnect failed');
      }
    }
  };

  await connect();
  return {
    committed: () => {},
    subscribe: (listener) => emitter.subscribe(listener),
    close: async () => {
      closed = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}

// The server's live "something changed" signal: GET /api/sync/events read as a stream with fetch (an
// EventSource cannot send the Authorization header). `ready` (on connect) and `change` events carry
// the server's latest seq; the engine pulls when it is past its cursor. A dropped stream reconnects
// with backoff; so does one refused for the session (401, or no token yet), after telling the engine,
// which closes the signal if the session is really gone and opens a new one after the next sign-in.
import { syncSignalSchema } from '../../shared/api/sync';
import { backoffDelay } from './backoff';
import { createSseParser } from './sseParser';
import type { FetchLike } from './syncApi';

export interface LiveSignalOptions {
  baseUrl: () => string;
  fetch: FetchLike;
  token: () => string | null;
  onSignal: (seq: number) => void;
  onConnected: (connected: boolean) => void;
  onAuthLost: () => void;
  random?: () => number;
}

export interface LiveSignal {
  close(): void;
}

export function openLiveSignal(options: LiveSignalOptions): LiveSignal {
  const { random = Math.random } = options;
  const controller = new AbortController();
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  /** One connection, until its stream ends; 'refused' when there is no session to send or the server refused it. */
  const listen = async (): Promise<'refused' | 'ended'> => {
    const token = options.token();
    if (!token) return 'refused';
    const response = await options.fetch(new URL('/api/sync/events', options.baseUrl()).href, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: controller.signal,
      cache: 'no-store',
    });
    if (response.status === 401) return 'refused';
    if (!response.ok || !response.body) throw new Error(`The live signal answered ${response.status}`);
    const feed = createSseParser(({ event, data }) => {
      if (event !== 'ready' && event !== 'change') return;
      let seq: number;
      try {
        const parsed = syncSignalSchema.safeParse(JSON.parse(data));
        if (!parsed.success) return;
        seq = parsed.data.seq;
      } catch {
        return;
      }
      if (event === 'ready') {
        attempt = 0;
        options.onConnected(true);
      }
      options.onSignal(seq);
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      feed(value);
    }
  };

  const connect = async (): Promise<void> => {
    try {
      if ((await listen()) === 'refused') options.onAuthLost();
    } catch {
      // Dropped or failed: reconnect below unless closed.
    }
    options.onConnected(false);
    if (controller.signal.aborted) return;
    retry = setTimeout(() => void connect(), backoffDelay(attempt++, random, { baseMs: 1000, maxMs: 30_000 }));
  };

  void connect();
  return {
    close: () => {
      controller.abort();
      clearTimeout(retry);
    },
  };
}

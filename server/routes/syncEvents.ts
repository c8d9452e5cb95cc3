// GET /api/sync/events: Server-Sent Events telling a signed-in client that something changed, so it
// pulls. Authenticated with the Authorization header like every call (clients read the stream with
// fetch, not EventSource, which cannot send headers). Events: `ready` once on connect and `change`
// after commits, each with data {"seq": n} as a hint; a comment every heartbeat keeps proxies from
// closing the stream, and the session is re-checked then, so a revoked session's stream ends.
import type { FastifyInstance } from 'fastify';
import { authenticate, requireAuth } from '../auth/authenticate';
import { latestCommittedSeq } from '../sync/changeSeq';
import type { ApiContext } from './apiContext';

export type SyncEventsOptions = { heartbeatMs?: number };

export function registerSyncEvents(app: FastifyInstance, ctx: ApiContext, options: SyncEventsOptions = {}): void {
  const heartbeatMs = options.heartbeatMs ?? 20_000;
  const streams = new Set<() => void>();
  // Open streams would keep close() waiting forever.
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });

  app.get('/api/sync/events', async (request, reply) => {
    requireAuth(request);
    const latest = await latestCommittedSeq(ctx.db);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: 'ready' | 'change', seq: number) => raw.write(`event: ${event}\ndata: {"seq":${seq}}\n\n`);
    send('ready', latest);
    const unsubscribe = ctx.feed.subscribe((seq) => send('change', seq));
    const authorization = request.headers.authorization;
    const heartbeat = setInterval(() => {
      raw.write(': ping\n\n');
      authenticate(ctx.db, authorization, ctx.now()).catch(() => end());
    }, heartbeatMs);
    heartbeat.unref();
    const end = () => {
      if (!streams.delete(end)) return;
      clearInterval(heartbeat);
      unsubscribe();
      raw.end();
    };
    streams.add(end);
    raw.on('close', end);
  });
}

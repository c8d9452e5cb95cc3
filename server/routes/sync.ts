// The sync API: push outbox batches, pull pages of changes, dismiss a conflict. The shapes live in
// shared/api/sync.ts; the contract in docs/sync-protocol.md.
import type { FastifyInstance } from 'fastify';
import type { PushResponse } from '../../shared/api/sync';
import { conflictIdParamsSchema, pullQuerySchema, pushRequestSchema } from '../../shared/api/sync';
import type { DismissConflictResponse } from '../../shared/api/sync';
import { requireAuth } from '../auth/authenticate';
import { parseRequest } from '../http/parseRequest';
import { dismissConflict } from '../sync/dismissConflict';
import { pullChanges } from '../sync/pull';
import { pushMutations } from '../sync/push';
import type { ApiContext } from './apiContext';

/** A full push batch (500 mutations of large records) may exceed the default body limit. */
const PUSH_BODY_LIMIT = 16 * 1024 * 1024;

export function registerSyncRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.post('/api/sync/push', { bodyLimit: PUSH_BODY_LIMIT }, async (request): Promise<PushResponse> => {
    const auth = requireAuth(request);
    const { body } = parseRequest(request, { body: pushRequestSchema });
    return pushMutations(ctx.db, ctx.feed, auth, body, new Date(ctx.now()));
  });

  app.get('/api/sync/pull', async (request, reply) => {
    const auth = requireAuth(request);
    const { query } = parseRequest(request, { query: pullQuerySchema });
    const page = await pullChanges(ctx.db, auth, ctx.epoch, query);
    return reply.type('application/json; charset=utf-8').header('cache-control', 'no-store').send(page);
  });

  app.post('/api/sync/conflicts/:conflictId/dismiss', async (request): Promise<DismissConflictResponse> => {
    const auth = requireAuth(request);
    const { params } = parseRequest(request, { params: conflictIdParamsSchema });
    return { conflict: await dismissConflict(ctx.db, ctx.feed, auth, params.conflictId, new Date(ctx.now())) };
  });
}

// Admin API: the admin role only. Same operations as the admin CLI (server/admin/adminService.ts).
import type { FastifyInstance } from 'fastify';
import {
  createScopeRequestSchema, createUserRequestSchema, listSessionsQuerySchema, sessionIdParamsSchema,
  updateUserRequestSchema, userIdParamsSchema,
} from '../../shared/api/admin';
import type {
  AdminScopeResponse, AdminScopesResponse, AdminSessionResponse, AdminSessionsResponse, AdminUserResponse, AdminUsersResponse,
} from '../../shared/api/admin';
import { createRegion, createUser, findUser, listScopes, listSessions, listUsers, revokeSessionById, updateUser } from '../admin/adminService';
import { requireRole } from '../auth/authenticate';
import { parseRequest } from '../http/parseRequest';
import type { ApiContext } from './apiContext';

const ADMIN = ['admin'] as const;

export function registerAdminRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { db } = ctx;

  app.get('/api/admin/users', async (request): Promise<AdminUsersResponse> => {
    requireRole(request, ADMIN);
    return { users: await listUsers(db) };
  });

  app.post('/api/admin/users', async (request, reply): Promise<AdminUserResponse> => {
    const auth = requireRole(request, ADMIN);
    const { body } = parseRequest(request, { body: createUserRequestSchema });
    const user = await createUser(db, body, auth.user.id);
    reply.code(201);
    return { user };
  });

  app.patch('/api/admin/users/:userId', async (request): Promise<AdminUserResponse> => {
    const auth = requireRole(request, ADMIN);
    const { params, body } = parseRequest(request, { params: userIdParamsSchema, body: updateUserRequestSchema });
    const target = await findUser(db, params.userId);
    const { user, signalSeq } = await updateUser(db, target.id, body, auth.user.id, new Date(ctx.now()));
    if (signalSeq !== null) ctx.feed.committed(signalSeq);
    return { user };
  });

  app.get('/api/admin/sessions', async (request): Promise<AdminSessionsResponse> => {
    requireRole(request, ADMIN);
    const { query } = parseRequest(request, { query: listSessionsQuerySchema });
    return { sessions: await listSessions(db, new Date(ctx.now()), query.userId) };
  });

  app.post('/api/admin/sessions/:sessionId/revoke', async (request): Promise<AdminSessionResponse> => {
    const auth = requireRole(request, ADMIN);
    const { params } = parseRequest(request, { params: sessionIdParamsSchema });
    return { session: await revokeSessionById(db, params.sessionId, auth.user.id, new Date(ctx.now())) };
  });

  app.get('/api/admin/scopes', async (request): Promise<AdminScopesResponse> => {
    requireRole(request, ADMIN);
    return { scopes: await listScopes(db) };
  });

  app.post('/api/admin/scopes', async (request, reply): Promise<AdminScopeResponse> => {
    const auth = requireRole(request, ADMIN);
    const { body } = parseRequest(request, { body: createScopeRequestSchema });
    const scope = await createRegion(db, body, auth.user.id);
    reply.code(201);
    return { scope };
  });
}

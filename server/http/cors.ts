// The desktop renderer runs on app://liaison-desk and calls the embedded (or central) server over
// http://127.0.0.1:<port>: exactly that origin gets CORS headers. The web build is same-origin and needs
// none. Any other origin gets no CORS headers, so browsers keep its pages from reading responses.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const DESKTOP_ORIGIN = 'app://liaison-desk';

const ALLOW_METHODS = 'GET, POST, PATCH, OPTIONS';
const ALLOW_HEADERS = 'authorization, content-type';

/** The CORS headers for a request's origin (empty when the origin is not allowed). */
export function corsHeaders(request: FastifyRequest, allowed: ReadonlySet<string>): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined || !allowed.has(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'retry-after' };
}

export function registerCors(app: FastifyInstance, origins: readonly string[] = [DESKTOP_ORIGIN]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('vary', 'origin');
    const headers = corsHeaders(request, allowed);
    if (headers['access-control-allow-origin'] === undefined) return;
    reply.headers(headers);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      reply.headers({ 'access-control-allow-methods': ALLOW_METHODS, 'access-control-allow-headers': ALLOW_HEADERS, 'access-control-max-age': '600' });
      return reply.code(204).send();
    }
  });
}

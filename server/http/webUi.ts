// Serves the built web UI (for EOC computers where nothing can be installed). Unknown paths that a
// browser navigates to get index.html so client-side routes survive a reload; unknown /api paths and
// missing assets get a JSON 404 instead, so a typo in an API call never looks like a page.
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fastifyStatic } from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../../shared/api/error';

const HASHED_ASSETS = `${sep}assets${sep}`;

const notFound = (reply: FastifyReply, request: FastifyRequest) => {
  const body: ApiError = { error: { code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}` } };
  return reply.status(404).send(body);
};

const wantsPage = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !/^\/api(\/|$|\?)/.test(request.url) &&
  (request.headers.accept ?? '').includes('text/html');

export async function registerWebUi(app: FastifyInstance, staticDir: string): Promise<void> {
  const hasUi = existsSync(`${staticDir}${sep}index.html`);
  if (hasUi) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Vite puts content-hashed files under assets/: cache forever. Everything else must revalidate.
        reply.header('cache-control', path.includes(HASHED_ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn({ staticDir }, 'web UI not found: only the API is served (run `npm run build`)');
  }

  app.setNotFoundHandler((request, reply) => {
    if (hasUi && wantsPage(request)) return reply.sendFile('index.html');
    return notFound(reply, request);
  });
}

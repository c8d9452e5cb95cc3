import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastify } from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/error';
import { registerErrorHandler } from './errorHandler';
import { registerSecurityHeaders } from './securityHeaders';
import { registerWebUi } from './webUi';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

async function appServing(staticDir: string): Promise<FastifyInstance> {
  const app = fastify();
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  app.get('/api/ping', async () => ({ pong: true }));
  await registerWebUi(app, staticDir);
  await app.ready();
  return app;
}

let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-webui-'));
  await mkdir(join(dir, 'ui', 'assets'), { recursive: true });
  await writeFile(join(dir, 'ui', 'index.html'), INDEX);
  await writeFile(join(dir, 'ui', 'assets', 'index-Ab12Cd.js'), 'console.log(1);');
  app = await appServing(join(dir, 'ui'));
});

afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the web UI', () => {
  it('serves index.html at / and makes browsers revalidate it', async () => {
    const response = await app.inject({ url: '/', headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
  });

  it('serves hashed assets with a long immutable cache', async () => {
    const response = await app.inject({ url: '/assets/index-Ab12Cd.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a page navigation to a client-side route with index.html', async () => {
    const response = await app.inject({ url: '/events/42/log?tab=open', headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
  });

  it('answers a missing asset with a JSON 404, not the page', async () => {
    const response = await app.inject({ url: '/assets/gone-123.js', headers: { accept: '*/*' } });
    expect(response.statusCode).toBe(404);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('not_found');
  });

  it.each([
    ['GET', '/api/nope', HTML],
    ['GET', '/api', HTML],
    ['POST', '/api/nope', {}],
    ['DELETE', '/customers/1', HTML],
  ] as const)('answers %s %s with a JSON 404', async (method, url, headers) => {
    const response = await app.inject({ method, url, headers });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: `No route for ${method} ${url}` } });
  });

  it('still routes real API calls', async () => {
    const response = await app.inject({ url: '/api/ping', headers: HTML });
    expect(response.json()).toEqual({ pong: true });
  });
});

describe('security headers', () => {
  it.each(['/', '/assets/index-Ab12Cd.js', '/api/ping', '/api/nope'])('are on every response (%s)', async (url) => {
    const response = await app.inject({ url, headers: HTML });
    const csp = String(response.headers['content-security-policy']);
    for (const directive of ["script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "connect-src 'self'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('without a built web UI', () => {
  it('serves the API and answers pages with a JSON 404', async () => {
    const apiOnly = await appServing(join(dir, 'missing'));
    try {
      expect((await apiOnly.inject({ url: '/api/ping' })).json()).toEqual({ pong: true });
      const page = await apiOnly.inject({ url: '/', headers: HTML });
      expect(page.statusCode).toBe(404);
      expect(apiErrorSchema.parse(page.json()).error.code).toBe('not_found');
    } finally {
      await apiOnly.close();
    }
  });
});

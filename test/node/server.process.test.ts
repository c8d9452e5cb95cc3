// The built bundle, started the way `npm run web` starts it: it must boot on PGlite and on PostgreSQL,
// serve the web UI, and refuse a bad configuration with a clear message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../../shared/api/health';
import { startTestPostgres } from '../support/postgres';
import type { TestPostgres } from '../support/postgres';
import { startBuiltServer } from '../support/serverProcess';

describe('the built server (dist-electron/server/main.js)', () => {
  let cluster: TestPostgres;

  beforeAll(async () => {
    cluster = await startTestPostgres();
  });

  afterAll(async () => {
    await cluster.stop();
  });

  it('runs on PostgreSQL when DATABASE_URL is set', async () => {
    const server = await startBuiltServer({ env: { DATABASE_URL: await cluster.createDatabase('built_server') } });
    try {
      expect(server.storage).toBe('postgres');
      const health = healthResponseSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
      expect(health.storage).toBe('postgres');
    } finally {
      await server.stop();
    }
  });

  it('runs on embedded PGlite by default and serves the web UI', async () => {
    const server = await startBuiltServer();
    try {
      const health = healthResponseSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
      expect(health.storage).toBe('pglite');
      const page = await fetch(`${server.url}/briefings/latest`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<div id="root"></div>');
    } finally {
      await server.stop();
    }
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    await expect(startBuiltServer({ env: { PORT: 'eighty' } })).rejects.toThrow(/exited \(code 2\)[\s\S]*PORT must be a whole number/);
  });
});

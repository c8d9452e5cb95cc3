import { Writable } from 'node:stream';
import { fastify } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from './logger';

describe('redactUrl', () => {
  it('censors credential-like query values and keeps the rest', () => {
    expect(redactUrl('/api/sync/events?token=abc123&since=5&apiKey=k&session_id=s')).toBe(
      '/api/sync/events?token=%5Bredacted%5D&since=5&apiKey=%5Bredacted%5D&session_id=%5Bredacted%5D',
    );
    expect(redactUrl('/api/health')).toBe('/api/health');
  });
});

describe('the server logger', () => {
  it('never writes credentials from headers, bodies or query strings', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = fastify({ loggerInstance: createLogger('info', sink) });
    app.post('/api/login', async (request) => {
      request.log.info({ body: request.body, headers: request.headers }, 'login attempt');
      return { ok: true };
    });
    await app.inject({
      method: 'POST',
      url: '/api/login?token=query-secret-1&next=home',
      headers: { authorization: 'Bearer header-secret-2', cookie: 'sid=cookie-secret-3' },
      payload: { user: 'ana', password: 'body-secret-4', device: { sessionToken: 'body-secret-5' } },
    });
    await app.close();

    const output = lines.join('');
    expect(output).toContain('login attempt');
    expect(output).toContain('"user":"ana"');
    expect(output).toContain('next=home');
    expect(output).toContain('[redacted]');
    for (const secret of ['query-secret-1', 'header-secret-2', 'cookie-secret-3', 'body-secret-4', 'body-secret-5']) {
      expect(output).not.toContain(secret);
    }
  });
});

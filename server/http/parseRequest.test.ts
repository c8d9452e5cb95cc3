import { fastify } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/error';
import { registerErrorHandler } from './errorHandler';
import { parseRequest } from './parseRequest';

const app = fastify({ bodyLimit: 256 });

beforeAll(async () => {
  registerErrorHandler(app);
  app.post('/items/:itemId', async (request) =>
    parseRequest(request, {
      params: z.strictObject({ itemId: z.uuid() }),
      query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100) }),
      body: z.strictObject({ name: z.string().min(1), tags: z.array(z.string()).default([]) }),
    }),
  );
  app.get('/boom', async () => {
    throw new Error('connection string postgres://secret@db leaked');
  });
  await app.ready();
});

afterAll(() => app.close());

const itemId = '0190a3a0-7c7e-7f3e-8a1b-2c3d4e5f6a7b';
const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });

describe('parseRequest', () => {
  it('returns the parsed params, query and body', async () => {
    const response = await post(`/items/${itemId}?limit=20`, { name: 'Mercy Hospital' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ params: { itemId }, query: { limit: 20 }, body: { name: 'Mercy Hospital', tags: [] } });
  });

  it('refuses unknown keys with a 400 naming them', async () => {
    const response = await post(`/items/${itemId}?limit=20`, { name: 'Mercy Hospital', role: 'admin' });
    expect(response.statusCode).toBe(400);
    const body = apiErrorSchema.parse(response.json());
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues).toEqual([
      { location: 'body', path: [], code: 'unrecognized_keys', message: expect.stringContaining('role') },
    ]);
  });

  it('reports every issue in every part, with its location and path', async () => {
    const response = await post('/items/not-a-uuid?limit=500&extra=1', { name: '', tags: ['ok', 7] });
    expect(response.statusCode).toBe(400);
    const { error } = apiErrorSchema.parse(response.json());
    expect(error.message).toMatch(/^Invalid request params, query, body: params\.itemId: .+ \(and \d+ more\)$/);
    const where = error.issues?.map((issue) => `${issue.location}:${issue.path.join('.')}:${issue.code}`);
    expect(where).toEqual([
      'params:itemId:invalid_format',
      'query:limit:too_big',
      'query::unrecognized_keys',
      'body:name:too_small',
      'body:tags.1:invalid_type',
    ]);
  });
});

describe('error responses', () => {
  it('answers malformed JSON with a 400 malformed_body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/items/${itemId}?limit=1`,
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('malformed_body');
  });

  it('answers an oversized body with a 413 body_too_large', async () => {
    const response = await post(`/items/${itemId}?limit=1`, { name: 'x'.repeat(1000) });
    expect(response.statusCode).toBe(413);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('body_too_large');
  });

  it('refuses prototype-pollution keys (a Fastify default the server relies on)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/items/${itemId}?limit=1`,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"a","__proto__":{"admin":true}}',
    });
    expect(response.statusCode).toBe(400);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('malformed_body');
  });

  it('hides the details of an unexpected failure behind a 500 internal_error', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal_error', message: 'Internal server error' } });
    expect(response.body).not.toContain('secret');
  });
});

// Accounts over HTTP on PGlite and PostgreSQL: sign-in, bearer sessions (sign-out, revocation, expiry,
// disabled accounts), sign-in rate limits, admin endpoints, CORS for the desktop origin, and an audit
// log that never holds a secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminSessionsResponseSchema, adminUserResponseSchema, adminUsersResponseSchema,
} from '../../shared/api/admin';
import { meResponseSchema, signInResponseSchema } from '../../shared/api/auth';
import { apiErrorSchema } from '../../shared/api/error';
import { SESSION_TTL_MS } from '../../server/auth/sessionStore';
import { hashToken } from '../../server/auth/tokens';
import { TestClient, eventRecord, push } from '../support/syncBuilders';
import { BACKENDS, TEST_PASSWORD, addRegion, addUser, freshStorageOptions, lazyCluster, signIn, startTestServer } from '../support/syncServer';
import type { Reply, TestServer, TestUser } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

const codeOf = (reply: Reply) => apiErrorSchema.parse(reply.body).error.code;

describe.each(BACKENDS)('accounts on %s', (kind) => {
  let server: TestServer;
  let dispose: () => Promise<void>;
  let liaison: TestUser;
  let author: TestUser;
  let admin: TestUser;
  let adminToken: string;

  beforeAll(async () => {
    const fresh = await freshStorageOptions(kind, cluster.get);
    dispose = fresh.dispose;
    server = await startTestServer(fresh.options, { signInLimits: { perIp: { limit: 1000, windowMs: 60_000 }, perEmail: { limit: 3, windowMs: 60_000 } } });
    await addRegion(server.db, 'region-a', 'Region A');
    await addRegion(server.db, 'region-b', 'Region B');
    liaison = await addUser(server.db, { id: 'liaison', role: 'liaison', scopeIds: ['region-a'], name: 'Dana' });
    author = await addUser(server.db, { id: 'author', role: 'briefing_author', scopeIds: ['region-a'] });
    admin = await addUser(server.db, { id: 'admin', role: 'admin', scopeIds: [] });
    adminToken = await signIn(server, admin.email);
  });

  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('signs in with email and password and returns a token once, storing only its hash', async () => {
    const reply = await server.call('POST', '/api/auth/sign-in', { body: { email: ` ${liaison.email.toUpperCase()} `, password: TEST_PASSWORD, deviceName: 'Dana laptop' } });
    expect(reply.status).toBe(200);
    const body = signInResponseSchema.parse(reply.body);
    expect(body.user).toEqual({ id: 'liaison', email: liaison.email, name: 'Dana', role: 'liaison', icsPosition: '', homeAgency: '' });
    expect(body.scopes).toEqual([{ id: 'region-a', kind: 'region', name: 'Region A', parentId: null }]);
    expect(body.session.deviceName).toBe('Dana laptop');
    expect(Date.parse(body.session.expiresAt) - Date.parse(body.session.createdAt)).toBe(SESSION_TTL_MS);
    const stored = await server.db.selectFrom('sessions').select('token_hash').where('id', '=', body.session.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(body.token));
    expect(JSON.stringify(await server.db.selectFrom('sessions').selectAll().execute())).not.toContain(body.token);
    const me = await server.call('GET', '/api/auth/me', { token: body.token });
    expect(meResponseSchema.parse(me.body).session.id).toBe(body.session.id);
  });

  it('includes every event of an assigned region in the user\'s scopes', async () => {
    const client = new TestClient();
    const event = eventRecord('region-a', { name: 'Ice Storm' });
    await push(server, await signIn(server, author.email), client, [client.insert('event', event)]);
    const me = meResponseSchema.parse((await server.call('GET', '/api/auth/me', { token: await signIn(server, liaison.email) })).body);
    expect(me.scopes).toEqual([
      { id: 'region-a', kind: 'region', name: 'Region A', parentId: null },
      { id: event.id, kind: 'event', name: 'Ice Storm', parentId: 'region-a' },
    ]);
  });

  it('answers an unknown email and a wrong password alike', async () => {
    const wrong = await server.call('POST', '/api/auth/sign-in', { body: { email: author.email, password: 'not it at all', deviceName: 'x' } });
    const unknown = await server.call('POST', '/api/auth/sign-in', { body: { email: 'nobody@test.liaisondesk.test', password: 'not it at all', deviceName: 'x' } });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(codeOf(wrong)).toBe('invalid_credentials');
  });

  it('requires a valid bearer token on every API call except health and sign-in', async () => {
    expect((await server.call('GET', '/api/health')).status).toBe(200);
    for (const [url, method] of [['/api/auth/me', 'GET'], ['/api/sync/pull', 'GET'], ['/api/sync/push', 'POST'], ['/api/admin/users', 'GET'], ['/api/sync/events', 'GET']] as const) {
      const reply = await server.call(method, url);
      expect([url, reply.status, codeOf(reply)]).toEqual([url, 401, 'unauthenticated']);
    }
    const forged = await server.call('GET', '/api/auth/me', { token: `lds_${'A'.repeat(43)}` });
    expect(codeOf(forged)).toBe('invalid_token');
    const junk = await server.call('GET', '/api/auth/me', { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(codeOf(junk)).toBe('unauthenticated');
  });

  it('ends a session at sign-out and when an admin revokes it', async () => {
    const token = await signIn(server, liaison.email);
    expect((await server.call('POST', '/api/auth/sign-out', { token })).body).toEqual({ signedOut: true });
    const after = await server.call('GET', '/api/auth/me', { token });
    expect([after.status, codeOf(after)]).toEqual([401, 'session_revoked']);

    const other = await signIn(server, liaison.email, 'EOC desktop');
    const sessionId = meResponseSchema.parse((await server.call('GET', '/api/auth/me', { token: other })).body).session.id;
    const listed = adminSessionsResponseSchema.parse((await server.call('GET', `/api/admin/sessions?userId=${liaison.id}`, { token: adminToken })).body);
    expect(listed.sessions.find((s) => s.id === sessionId)).toMatchObject({ deviceName: 'EOC desktop', active: true });
    const revoke = await server.call('POST', `/api/admin/sessions/${sessionId}/revoke`, { token: adminToken });
    expect(revoke.body).toMatchObject({ session: { id: sessionId, active: false } });
    const next = await server.call('GET', '/api/sync/pull', { token: other });
    expect([next.status, codeOf(next)]).toEqual([401, 'session_revoked']);
  });

  it('expires sessions after 30 days', async () => {
    const token = await signIn(server, liaison.email);
    server.clock.offsetMs = SESSION_TTL_MS + 1000;
    try {
      const reply = await server.call('GET', '/api/auth/me', { token });
      expect([reply.status, codeOf(reply)]).toEqual([401, 'session_expired']);
    } finally {
      server.clock.offsetMs = 0;
    }
  });

  it('limits failed sign-ins per email, even for the right password, until the window passes', async () => {
    const target = await addUser(server.db, { id: 'limited', role: 'liaison', scopeIds: [] });
    for (let i = 0; i < 3; i++) {
      expect((await server.call('POST', '/api/auth/sign-in', { body: { email: target.email, password: `guess ${i} wrong`, deviceName: 'x' } })).status).toBe(401);
    }
    const blocked = await server.call('POST', '/api/auth/sign-in', { body: { email: target.email, password: TEST_PASSWORD, deviceName: 'x' } });
    expect([blocked.status, codeOf(blocked)]).toEqual([429, 'rate_limited']);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await server.call('POST', '/api/auth/sign-in', { body: { email: liaison.email, password: TEST_PASSWORD, deviceName: 'x' } })).status).toBe(200);
    server.clock.offsetMs = 61_000;
    try {
      expect((await server.call('POST', '/api/auth/sign-in', { body: { email: target.email, password: TEST_PASSWORD, deviceName: 'x' } })).status).toBe(200);
    } finally {
      server.clock.offsetMs = 0;
    }
  });

  it('counts parallel sign-in attempts before hashing, so no more than the limit are tried at once', async () => {
    const target = await addUser(server.db, { id: 'parallel', role: 'liaison', scopeIds: [] });
    const attempt = (i: number) => server.call('POST', '/api/auth/sign-in', { body: { email: target.email, password: `parallel guess ${i}`, deviceName: 'x' } });
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(i)));
    expect(replies.map((r) => r.status).sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
    const right = await server.call('POST', '/api/auth/sign-in', { body: { email: target.email, password: TEST_PASSWORD, deviceName: 'x' } });
    expect([right.status, codeOf(right)]).toEqual([429, 'rate_limited']);
  });

  it('lets admins, and only admins, manage users; disabling ends the user\'s sessions', async () => {
    const liaisonToken = await signIn(server, liaison.email);
    expect(codeOf(await server.call('GET', '/api/admin/users', { token: liaisonToken }))).toBe('forbidden');
    const created = await server.call('POST', '/api/admin/users', {
      token: adminToken,
      body: { email: 'New.Engineer@Test.LiaisonDesk.test', name: 'Nia Engineer', role: 'engineer', password: 'a long enough password', scopeIds: ['region-b'] },
    });
    expect(created.status).toBe(201);
    const user = adminUserResponseSchema.parse(created.body).user;
    expect(user).toMatchObject({ email: 'new.engineer@test.liaisondesk.test', role: 'engineer', scopeIds: ['region-b'], disabled: false });
    expect(codeOf(await server.call('POST', '/api/admin/users', { token: adminToken, body: { email: user.email, name: 'Dup', role: 'liaison', password: 'a long enough password' } }))).toBe('email_taken');
    expect(codeOf(await server.call('POST', '/api/admin/users', { token: adminToken, body: { email: 'x@test.liaisondesk.test', name: 'X', role: 'liaison', password: 'a long enough password', scopeIds: ['atlantis'] } }))).toBe('unknown_scope');
    expect(codeOf(await server.call('POST', '/api/admin/users', { token: adminToken, body: { email: 'y@test.liaisondesk.test', name: 'Y', role: 'overlord', password: 'a long enough password' } }))).toBe('invalid_request');

    const token = (await server.call('POST', '/api/auth/sign-in', { body: { email: user.email, password: 'a long enough password', deviceName: 'x' } }).then((r) => signInResponseSchema.parse(r.body))).token;
    const promoted = await server.call('PATCH', `/api/admin/users/${user.id}`, { token: adminToken, body: { role: 'briefing_author' } });
    expect(adminUserResponseSchema.parse(promoted.body).user.role).toBe('briefing_author');
    expect(meResponseSchema.parse((await server.call('GET', '/api/auth/me', { token })).body).user.role).toBe('briefing_author');
    await server.call('PATCH', `/api/admin/users/${user.id}`, { token: adminToken, body: { disabled: true } });
    expect(codeOf(await server.call('GET', '/api/auth/me', { token }))).toBe('session_revoked');
    expect(codeOf(await server.call('POST', '/api/auth/sign-in', { body: { email: user.email, password: 'a long enough password', deviceName: 'x' } }))).toBe('account_disabled');
    const users = adminUsersResponseSchema.parse((await server.call('GET', '/api/admin/users', { token: adminToken })).body).users;
    expect(users.find((u) => u.id === user.id)).toMatchObject({ disabled: true });
    const region = await server.call('POST', '/api/admin/scopes', { token: adminToken, body: { id: 'region-c', name: 'Region C' } });
    expect(region.status).toBe(201);
  });

  it('writes an audit log without passwords or tokens', async () => {
    const rows = await server.db.selectFrom('audit_log').select(['action', 'details']).execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ['auth.signed_in', 'auth.sign_in_failed', 'auth.signed_out', 'admin.user_created', 'admin.user_updated', 'admin.session_revoked', 'admin.scope_created']) {
      expect(actions).toContain(action);
    }
    const text = JSON.stringify(rows);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('a long enough password');
    expect(text).not.toMatch(/lds_[A-Za-z0-9_-]{43}/);
  });

  it('allows the desktop origin by CORS, and no other', async () => {
    const preflight = await server.call('OPTIONS', '/api/sync/pull', {
      headers: { origin: 'app://liaison-desk', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('app://liaison-desk');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
    const me = await server.call('GET', '/api/auth/me', { token: adminToken, headers: { origin: 'app://liaison-desk' } });
    expect(me.headers['access-control-allow-origin']).toBe('app://liaison-desk');
    const evil = await server.call('OPTIONS', '/api/sync/pull', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(evil.status).not.toBe(204);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const evilGet = await server.call('GET', '/api/auth/me', { token: adminToken, headers: { origin: 'https://evil.example' } });
    expect(evilGet.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('sign-in rate limit per IP', () => {
  it('refuses further attempts from one address, whatever the email, also when they come at once', async () => {
    const fresh = await freshStorageOptions('pglite', cluster.get);
    const server = await startTestServer(fresh.options, { signInLimits: { perIp: { limit: 3, windowMs: 60_000 } } });
    try {
      const user = await addUser(server.db, { id: 'someone', role: 'liaison', scopeIds: [] });
      // A right password gives its attempt back: signing in does not use up the address's allowance.
      for (let i = 0; i < 4; i++) expect((await signIn(server, user.email)).length).toBeGreaterThan(0);
      const sprayed = await Promise.all(Array.from({ length: 8 }, (_, i) =>
        server.call('POST', '/api/auth/sign-in', { body: { email: `spray-${i}@test.liaisondesk.test`, password: 'guess guess', deviceName: 'x' } })));
      expect(sprayed.map((r) => r.status).sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
      const blocked = await server.call('POST', '/api/auth/sign-in', { body: { email: user.email, password: TEST_PASSWORD, deviceName: 'x' } });
      expect([blocked.status, codeOf(blocked)]).toEqual([429, 'rate_limited']);
    } finally {
      await server.close();
      await fresh.dispose();
    }
  });
});

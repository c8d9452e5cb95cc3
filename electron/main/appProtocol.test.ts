import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAppPath, createAppProtocolHandler, resolveWithinRoot } from './appProtocol';

const base = mkdtempSync(join(tmpdir(), 'ld-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
writeFileSync(join(base, 'secret.txt'), 'outside the root');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const CSP = "default-src 'none'; script-src 'self'";
const handler = createAppProtocolHandler({ root, contentSecurityPolicy: () => CSP });
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('checkAppPath', () => {
  it.each([
    ['app://liaison-desk/', []],
    ['app://liaison-desk', []],
    ['app://liaison-desk/index.html', ['index.html']],
    ['app://liaison-desk/assets/app-1a2b.js?v=1#x', ['assets', 'app-1a2b.js']],
    ['app://liaison-desk/customers/42/', ['customers', '42']],
    ['app://liaison-desk/a%20file.txt', ['a file.txt']],
  ])('accepts %s', (url, segments) => {
    expect(checkAppPath(url)).toEqual({ ok: true, segments });
  });

  it.each([
    'app://liaison-desk/../secret.txt',
    'app://liaison-desk/assets/../../secret.txt',
    'app://liaison-desk/%2e%2e/secret.txt',
    'app://liaison-desk/%2E%2E/%2e%2e/secret.txt',
    'app://liaison-desk/.%2e/secret.txt',
    'app://liaison-desk/..%2fsecret.txt',
    'app://liaison-desk/..%2Fsecret.txt',
    'app://liaison-desk/assets%2f..%2f..%2fsecret.txt',
    'app://liaison-desk/..\\secret.txt',
    'app://liaison-desk/..%5csecret.txt',
    'app://liaison-desk/assets\\..\\..\\secret.txt',
    'app://liaison-desk//etc/passwd',
    'app://liaison-desk/%2fetc%2fpasswd',
    'app://liaison-desk/C:%5cWindows%5cwin.ini',
    'app://liaison-desk/C:/Windows/win.ini',
    'app://liaison-desk/index.html%00.js',
    'app://liaison-desk/./index.html',
    'app://liaison-desk/%E0%A4%A',
  ])('refuses %s', (url) => {
    const checked = checkAppPath(url);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.status).toBe(400);
  });

  it.each(['app://evil/index.html', 'app://liaison-desk.evil/index.html', 'file:///etc/passwd', 'https://liaison-desk/'])(
    'refuses another origin: %s',
    (url) => {
      expect(checkAppPath(url)).toMatchObject({ ok: false, status: 403 });
    },
  );
});

describe('resolveWithinRoot', () => {
  it('resolves good paths inside the root', () => {
    expect(resolveWithinRoot(root, ['assets', 'app-1a2b.js'])).toBe(join(root, 'assets', 'app-1a2b.js'));
  });

  it('returns null for anything that would leave the root', () => {
    expect(resolveWithinRoot(root, ['..', 'secret.txt'])).toBeNull();
    expect(resolveWithinRoot(root, ['/etc/passwd'])).toBeNull();
    expect(resolveWithinRoot(root, [])).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  it('serves index.html for the root with the CSP and hardening headers', async () => {
    const response = await get('app://liaison-desk/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('serves assets with their MIME types', async () => {
    const js = await get('app://liaison-desk/assets/app-1a2b.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://liaison-desk/assets/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for client-side routes, 404 for missing files', async () => {
    const route = await get('app://liaison-desk/customers/0192-abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect((await get('app://liaison-desk/assets/missing-chunk.js')).status).toBe(404);
    expect((await get('app://liaison-desk/favicon.ico')).status).toBe(404);
    expect((await get('app://liaison-desk/assets')).status).toBe(404);
  });

  it('never serves a file outside the root, whatever the encoding', async () => {
    // Encoded separators survive URL normalisation and reach the path check.
    for (const url of ['app://liaison-desk/..%2fsecret.txt', 'app://liaison-desk/..%5csecret.txt', 'app://liaison-desk/assets%2f..%2f..%2fsecret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(await response.text(), url).not.toContain('outside the root');
    }
    // Dot segments (also %2e%2e) are resolved by the URL parser first, so they stay inside the root.
    for (const url of ['app://liaison-desk/%2e%2e/secret.txt', 'app://liaison-desk/assets/%2e%2e/%2e%2e/secret.txt', 'app://liaison-desk/a/../../secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the root');
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://liaison-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://liaison-desk/index.html', 'POST')).status).toBe(405);
  });
});

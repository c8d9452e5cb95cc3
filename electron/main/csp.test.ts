import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, serverConnectSources } from './csp';

const directives = (csp: string) =>
  new Map(csp.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

describe('buildContentSecurityPolicy', () => {
  const csp = buildContentSecurityPolicy({ connectSources: serverConnectSources('http://127.0.0.1:43123') });
  const policy = directives(csp);

  it('allows scripts only from the app and never eval or inline scripts', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('allows inline styles only (Mantine injects <style> elements), nothing else inline', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect([...policy.entries()].filter(([, values]) => values.includes("'unsafe-inline'")).map(([name]) => name)).toEqual(['style-src']);
  });

  it('connects to the app itself and the embedded server (http and ws) only', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:43123', 'ws://127.0.0.1:43123']);
  });

  it('forbids plugins, frames, base-tag and form hijacking', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('refuses anything that is not a bare origin (no directive injection)', () => {
    expect(() => buildContentSecurityPolicy({ connectSources: ["http://x; script-src 'unsafe-eval'"] })).toThrow(/Not a CSP origin/);
    expect(() => buildContentSecurityPolicy({ connectSources: ['*'] })).toThrow();
    expect(buildContentSecurityPolicy({ connectSources: [] })).toContain("connect-src 'self';");
  });

  it('derives wss for https servers and refuses other schemes', () => {
    expect(serverConnectSources('https://sync.example.org/api')).toEqual(['https://sync.example.org', 'wss://sync.example.org']);
    expect(serverConnectSources('http://[::1]:8080/')).toEqual(['http://[::1]:8080', 'ws://[::1]:8080']);
    expect(() => serverConnectSources('file:///etc/passwd')).toThrow();
  });
});

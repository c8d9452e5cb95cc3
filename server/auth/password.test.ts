import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

const CHEAP = { log2N: 12, r: 8, p: 1 };

describe('password hashing', () => {
  it('hashes with the default cost, verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$16\$8\$2\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords never give equal hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', CHEAP), hashPassword('same password', CHEAP)]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('treats composed and decomposed Unicode as the same password', async () => {
    const stored = await hashPassword('Tom\u00e1s-2025!', CHEAP);
    expect(await verifyPassword('Toma\u0301s-2025!', stored)).toBe(true);
  });

  it('refuses malformed or tampered hashes instead of throwing', async () => {
    const stored = await hashPassword('a password', CHEAP);
    const parts = stored.split('$');
    for (const bad of ['', 'plain', 'bcrypt$10$x', [...parts.slice(0, 5), 'AAAA'].join('$'), ['scrypt', '40', ...parts.slice(2)].join('$')]) {
      expect(await verifyPassword('a password', bad)).toBe(false);
    }
    expect(await verifyPassword('a password', stored)).toBe(true);
    expect(await verifyAgainstDummy('a password')).toBe(false);
  });
});

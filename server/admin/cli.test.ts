// The admin CLI's commands against real storage (embedded PGlite): what it prints, its exit codes, and
// that it never needs a password on the command line.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUserSchema } from '../../shared/api/admin';
import { pgliteTemplate } from '../../test/support/serverProcess';
import { verifyPassword } from '../auth/password';
import { openStorage } from '../db/storage';
import type { Storage } from '../db/storage';
import { runAdminCommand } from './cli';

let dir: string;
let storage: Storage;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-'));
  await cp(await pgliteTemplate(), join(dir, 'pg'), { recursive: true });
  storage = await openStorage({ dataDir: dir, databaseUrl: undefined });
});

afterAll(async () => {
  await storage.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdminCommand(args, storage.db, { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('admin CLI', () => {
  it('creates a region and a user with a generated password shown once', async () => {
    expect((await run(['create-region', '--id', 'region-north', '--name', 'North Region'])).code).toBe(0);
    const created = await run(['create-user', '--email', 'Pat@Example.test', '--name', 'Pat Admin', '--role', 'admin', '--scopes', 'region-north']);
    expect(created.code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(created.out)![1]!;
    const user = adminUserSchema.parse(JSON.parse(created.out.slice(0, created.out.lastIndexOf('}') + 1)));
    expect(user).toMatchObject({ email: 'pat@example.test', role: 'admin', scopeIds: ['region-north'] });
    const stored = await storage.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(await verifyPassword(password, stored.password_hash)).toBe(true);
  });

  it('changes role, scopes and password (from stdin), and lists users and scopes', async () => {
    const updated = await run(['update-user', '--email', 'pat@example.test', '--role', 'briefing_author', '--scopes', '', '--password-stdin'], 'a brand new password\n');
    expect(updated.code).toBe(0);
    expect(JSON.parse(updated.out)).toMatchObject({ role: 'briefing_author', scopeIds: [] });
    const stored = await storage.db.selectFrom('users').select(['password_hash', 'scopes_seq']).where('email', '=', 'pat@example.test').executeTakeFirstOrThrow();
    expect(await verifyPassword('a brand new password', stored.password_hash)).toBe(true);
    expect(stored.scopes_seq).toBeGreaterThan(0);
    expect(JSON.parse((await run(['list-users'])).out)).toHaveLength(1);
    expect(JSON.parse((await run(['list-scopes'])).out)).toEqual([{ id: 'region-north', kind: 'region', name: 'North Region', parentId: null }]);
    expect(JSON.parse((await run(['list-sessions', '--email', 'pat@example.test'])).out)).toEqual([]);
    expect(JSON.parse((await run(['purge-tombstones'])).out)).toEqual({ records: 0, conflicts: 0, horizonSeq: 0 });
  });

  it('explains mistakes with usage (exit 2) and refusals with their code (exit 1)', async () => {
    expect(await run([])).toMatchObject({ code: 2, out: expect.stringContaining('Usage: npm run admin') });
    expect(await run(['fly'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command fly') });
    expect(await run(['list-users', '--password', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--password'") });
    expect(await run(['create-user', '--email', 'x@example.test', '--name', 'X', '--role', 'king'])).toMatchObject({ code: 2 });
    expect(await run(['update-user', '--email', 'nobody@example.test', '--role', 'liaison'])).toMatchObject({ code: 1, err: 'not_found: No user nobody@example.test' });
    expect(await run(['update-user', '--email', 'pat@example.test', '--scopes', 'atlantis'])).toMatchObject({ code: 1, err: 'unknown_scope: Unknown scope: atlantis' });
    expect(await run(['create-region', '--id', 'region-north', '--name', 'Again'])).toMatchObject({ code: 1, err: expect.stringContaining('scope_exists') });
    expect(await run(['create-user', '--email', 'y@example.test', '--name', 'Y', '--role', 'liaison', '--password-stdin'], 'short')).toMatchObject({ code: 2, err: expect.stringContaining('at least 10 characters') });
  });
});

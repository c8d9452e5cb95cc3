// `npm run admin -- <command>`: account administration from a shell, on the same storage the server
// uses (DATA_DIR or DATABASE_URL). Passwords are read from stdin (`--password-stdin`) or generated and
// printed once, never taken from the command line where `ps` and shell history would keep them.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { ZodError } from 'zod';
import { createScopeRequestSchema, createUserRequestSchema, updateUserRequestSchema } from '../../shared/api/admin';
import { describeIssues, toFieldIssues } from '../../shared/domain/fieldIssues';
import type { Database } from '../db/schema';
import { HttpError } from '../http/httpError';
import { purgeTombstones } from '../sync/purge';
import { createRegion, createUser, findUser, listScopes, listSessions, listUsers, revokeSessionById, updateUser } from './adminService';

export type CliIo = {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
};

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]

  create-user --email E --name N --role R [--scopes a,b] [--ics-position P] [--home-agency A] [--password-stdin]
  update-user --email E [--name N] [--role R] [--scopes a,b] [--disable | --enable] [--password-stdin]
  list-users
  list-sessions [--email E]
  revoke-session --id SESSION_ID
  create-region --id ID --name NAME
  list-scopes
  purge-tombstones

Roles: liaison, engineer, briefing_author, admin. Without --password-stdin, create-user prints a generated
password once. Storage comes from DATA_DIR / DATABASE_URL like the server (stop a server that uses the
embedded database first).`;

const OPTIONS = {
  email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, scopes: { type: 'string' },
  'ics-position': { type: 'string' }, 'home-agency': { type: 'string' }, 'password-stdin': { type: 'boolean' },
  disable: { type: 'boolean' }, enable: { type: 'boolean' }, id: { type: 'string' }, help: { type: 'boolean' },
} as const;

class UsageError extends Error {}

const scopesOf = (text: string | undefined) => (text === undefined ? undefined : text.split(',').map((s) => s.trim()).filter(Boolean));

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(describeIssues(toFieldIssues(result.error)));
  return result.data;
}

async function readPassword(io: CliIo): Promise<string> {
  const text = (await io.readStdin()).replace(/\r?\n$/, '');
  if (text === '') throw new UsageError('--password-stdin: nothing on standard input');
  return text;
}

export async function runAdminCommand(argv: readonly string[], db: Kysely<Database>, io: CliIo, now: () => number = Date.now): Promise<number> {
  try {
    const { values: o, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...extra] = positionals;
    if (o.help || command === undefined || command === 'help') {
      io.out(ADMIN_USAGE);
      return command === undefined && !o.help ? 2 : 0;
    }
    if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}`);
    const show = (value: unknown) => io.out(JSON.stringify(value, null, 2));
    switch (command) {
      case 'create-user': {
        const generated = o['password-stdin'] ? undefined : randomBytes(12).toString('base64url');
        const input = parsed(createUserRequestSchema, {
          email: o.email, name: o.name, role: o.role, password: generated ?? (await readPassword(io)),
          scopeIds: scopesOf(o.scopes), icsPosition: o['ics-position'], homeAgency: o['home-agency'],
        });
        show(await createUser(db, input, null));
        if (generated !== undefined) io.out(`Password (shown once): ${generated}`);
        return 0;
      }
      case 'update-user': {
        if (o.email === undefined) throw new UsageError('--email is required');
        if (o.disable && o.enable) throw new UsageError('Use --disable or --enable, not both');
        const patch = parsed(updateUserRequestSchema, {
          name: o.name, role: o.role, scopeIds: scopesOf(o.scopes), icsPosition: o['ics-position'], homeAgency: o['home-agency'],
          password: o['password-stdin'] ? await readPassword(io) : undefined,
          disabled: o.disable ? true : o.enable ? false : undefined,
        });
        const user = await findUser(db, o.email);
        show((await updateUser(db, user.id, patch, null, new Date(now()))).user);
        return 0;
      }
      case 'list-users':
        show(await listUsers(db));
        return 0;
      case 'list-sessions': {
        const userId = o.email === undefined ? undefined : (await findUser(db, o.email)).id;
        show(await listSessions(db, new Date(now()), userId));
        return 0;
      }
      case 'revoke-session':
        if (o.id === undefined) throw new UsageError('--id is required');
        show(await revokeSessionById(db, o.id, null, new Date(now())));
        return 0;
      case 'create-region':
        show(await createRegion(db, parsed(createScopeRequestSchema, { id: o.id, name: o.name }), null));
        return 0;
      case 'list-scopes':
        show(await listScopes(db));
        return 0;
      case 'purge-tombstones':
        show(await purgeTombstones(db, now()));
        return 0;
      default:
        throw new UsageError(`Unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`${error.message}\n\n${ADMIN_USAGE}`);
      return 2;
    }
    if (error instanceof HttpError) {
      io.err(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

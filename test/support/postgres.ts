// A throwaway PostgreSQL cluster for tests: initdb into a temp dir, start on a free private port with a
// private socket dir and trust auth, delete everything on stop. Runs as the `postgres` user when we are
// root (CI), directly otherwise.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

export type TestPostgres = {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the cluster and deletes its files. Safe to call twice. */
  stop(): Promise<void>;
};

const isRoot = process.getuid?.() === 0;

/** No initdb/pg_ctl on this machine (the benchmark reports its PostgreSQL row as not run). */
export class PostgresNotInstalledError extends Error {
  override name = 'PostgresNotInstalledError';
}

function findBinDir(): string {
  const candidates: string[] = [];
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromPgConfig.status === 0) candidates.push(fromPgConfig.stdout.trim());
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (found === undefined) {
    throw new PostgresNotInstalledError(
      'PostgreSQL is not installed: no initdb/pg_ctl found via `pg_config --bindir` or /usr/lib/postgresql/*/bin. ' +
        'Install it (Debian: `apt-get install -y postgresql`) to run the PostgreSQL tests.',
    );
  }
  return found;
}

/** Runs a PostgreSQL tool, as the postgres user when we are root (initdb and postgres refuse root). */
const asPostgres = (binary: string, args: string[]) =>
  isRoot ? run('runuser', ['-u', 'postgres', '--', binary, ...args]) : run(binary, args);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const postgresUserIds = () => ({
  uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
  gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
});

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = findBinDir();
  const dir = await mkdtemp(join(tmpdir(), 'liaison-pg-'));
  if (isRoot) {
    const { uid, gid } = postgresUserIds();
    await chown(dir, uid, gid);
  }
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  await asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);

  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    try {
      await asPostgres(pgCtl, ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '30', 'start']);
      break;
    } catch (error) {
      // Another process may have taken the port between freePort() and the bind: try another one.
      if (attempt < 3) continue;
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      await rm(dir, { recursive: true, force: true });
      throw new Error(`Could not start the test PostgreSQL: ${String(error)}\n${log}`, { cause: error });
    }
  }

  let stopped = false;
  // If the test process dies without stop(), do not leave a postgres running.
  const stopOnExit = () => {
    if (!stopped) {
      const args = ['-D', dataDir, '-m', 'immediate', 'stop'];
      spawnSync(isRoot ? 'runuser' : pgCtl, isRoot ? ['-u', 'postgres', '--', pgCtl, ...args] : args);
    }
  };
  process.once('exit', stopOnExit);

  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    createDatabase: async (name) => {
      const client = new Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`create database "${name.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopOnExit);
      await asPostgres(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

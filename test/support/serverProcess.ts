// Starts the BUILT server (dist-electron/server/main.js) as a child process, the way `npm run web` and the
// desktop app run it, on a random port with its own data directory, for end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

export const SERVER_BUNDLE = fileURLToPath(new URL('../../dist-electron/server/main.js', import.meta.url));

export type StartBuiltServerOptions = {
  /** Extra environment (e.g. DATABASE_URL, DEMO_DATA); wins over the defaults below. */
  env?: Record<string, string>;
  /** Reuse a data directory (e.g. to restart on the same database); it is then kept on stop(). */
  dataDir?: string;
  /** How long to wait for the server to say it is listening. */
  timeoutMs?: number;
};

export type BuiltServer = {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  storage: 'pglite' | 'postgres';
  dataDir: string;
  /** SIGTERM, wait for a graceful exit (SIGKILL after 10 s), delete a data directory made here. */
  stop(): Promise<void>;
};

// The server's own settings are never inherited from the test runner's environment.
const SERVER_VARS = ['PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'STATIC_DIR', 'DEMO_DATA', 'DEMO_SIZE', 'LOG_LEVEL'];
const READY = /^Liaison Desk is running at (\S+) \(storage: (pglite|postgres)\)$/m;
const MAX_STDERR = 64 * 1024;

/**
 * An empty PGlite cluster, made once per PGlite version and copied into each new data directory:
 * PGlite's initdb takes 5-10 s, a copy about one. The server still migrates it and makes a fresh epoch.
 */
export async function pgliteTemplate(): Promise<string> {
  const pkg = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  const template = join(tmpdir(), `liaison-pglite-template-${version}`);
  if (existsSync(template)) return template;
  const building = await mkdtemp(`${template}-building-`);
  const client = await PGlite.create({ dataDir: building });
  await client.close();
  // Several test workers may race here: the first rename wins, the others discard their copy.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}

export async function startBuiltServer(options: StartBuiltServerOptions = {}): Promise<BuiltServer> {
  if (!existsSync(SERVER_BUNDLE)) {
    throw new Error(`The server bundle ${SERVER_BUNDLE} is missing: run \`npx vite build\` before these tests.`);
  }
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'liaison-server-')));
  if (ownDataDir && options.env?.DATABASE_URL === undefined) {
    await cp(await pgliteTemplate(), join(dataDir, 'pg'), { recursive: true });
  }
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of SERVER_VARS) delete env[name];
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, options.env);

  const child = spawn(process.execPath, [SERVER_BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-MAX_STDERR);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A test run that dies must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const cleanUp = () => (ownDataDir ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve());

  const timeoutMs = options.timeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const ready = await new Promise<RegExpMatchArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (match) resolve(match);
    });
    void exited.then((code) => reject(new Error(`The server exited (code ${code}) before listening:\n${stderr}`)));
    timer = setTimeout(() => reject(new Error(`The server did not start within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    await cleanUp();
    throw error;
  });
  clearTimeout(timer);

  let stopping: Promise<void> | undefined;
  return {
    url: ready[1]!,
    storage: ready[2] as BuiltServer['storage'],
    dataDir,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(kill);
        }
        await cleanUp();
      })()),
  };
}

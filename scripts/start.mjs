// `npm start`: build, then open the desktop app in Electron. Where Electron cannot run (no display, or no
// Electron binary: it is downloaded on first use and some networks block that) it prints one line that
// points to `npm run web` and exits non-zero, before spending time on a build.
// `npm start -- --no-build` relaunches the last build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB_HINT = 'run "npm run web" for the same app in your browser.';
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

/** Electron started with ELECTRON_RUN_AS_NODE set would run as plain Node, so it never passes through. */
function electronEnv(env) {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}

/** Whether a window can be shown: always on macOS and Windows; on Linux an X11 or Wayland display. */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** node_modules/electron, or null when the package is not installed. */
export function findElectronPackage(from = root) {
  try {
    return dirname(createRequire(join(from, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron executable, resolved like `require('electron')` does. When it is missing and
 * `allowDownload` is set, `require('electron')` runs in a child process (it downloads the binary on first
 * use); its output is kept quiet unless someone is watching a terminal.
 * @returns {{ path: string, reason?: undefined } | { path: null, reason: string }}
 */
export function resolveElectronBinary({ electronDir = findElectronPackage(), env = process.env, allowDownload = false } = {}) {
  if (!electronDir) return { path: null, reason: 'the electron package is not installed' };
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(overridden) ? { path: overridden } : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${overridden}` };
  }
  if (relative && existsSync(join(electronDir, 'dist', relative))) return { path: join(electronDir, 'dist', relative) };
  if (!allowDownload) return { path: null, reason: 'the Electron binary has not been downloaded' };

  if (process.stderr.isTTY) process.stderr.write('Liaison Desk: fetching the Electron binary (first run only)...\n');
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(require(process.argv[1])))', electronDir], {
    encoding: 'utf8',
    env: electronEnv(env),
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const resolved = child.status === 0 ? child.stdout.trim().split('\n').at(-1) ?? '' : '';
  if (resolved && existsSync(resolved)) return { path: resolved };
  return { path: null, reason: 'the Electron binary could not be downloaded' };
}

function refuse(why) {
  process.stderr.write(`Liaison Desk: ${why}; ${WEB_HINT}\n`);
  return 1;
}

function build() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

function launch(electronPath, args) {
  const child = spawn(electronPath, ['.', ...args], { cwd: root, env: electronEnv(process.env), stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((done) => {
    child.on('error', (error) => done(refuse(`Electron could not be started (${error.message})`)));
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

export async function main(argv = process.argv.slice(2)) {
  if (!hasDisplay()) return refuse('no display here (DISPLAY and WAYLAND_DISPLAY are unset), so the desktop window cannot open');
  const electron = resolveElectronBinary({ allowDownload: true });
  if (!electron.path) return refuse(`no Electron binary here (${electron.reason})`);
  const skipBuild = argv.includes('--no-build');
  if (!skipBuild) {
    const status = build();
    if (status !== 0) return status;
  }
  return launch(electron.path, argv.filter((arg) => arg !== '--no-build'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}

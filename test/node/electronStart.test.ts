import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStartScript, repoRoot, startScriptPath } from '../support/electronStart';

const start = await loadStartScript();
const tmp = mkdtempSync(join(tmpdir(), 'ld-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** An electron package directory shaped like the npm one: index.js, and path.txt + dist/ once downloaded. */
const electronPackage = (name: string, { pathTxt, binary, indexJs }: { pathTxt?: string; binary?: boolean; indexJs?: string }) => {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"electron","main":"index.js"}');
  writeFileSync(join(dir, 'index.js'), indexJs ?? 'throw new Error("Electron failed to install correctly");');
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt);
  if (binary) writeFileSync(join(dir, 'dist', pathTxt ?? 'electron'), '#!/bin/sh\n');
  return dir;
};

/** Runs `node scripts/start.mjs` with exactly the given environment (plus PATH). */
const runStart = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, [startScriptPath, ...args], { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(start.hasDisplay({}, 'linux')).toBe(false);
    expect(start.hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(start.hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(start.hasDisplay({}, 'darwin')).toBe(true);
    expect(start.hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('resolveElectronBinary', () => {
  it('finds a downloaded binary through path.txt', () => {
    const dir = electronPackage('downloaded', { pathTxt: 'electron', binary: true });
    expect(start.resolveElectronBinary({ electronDir: dir, env: {} })).toEqual({ path: join(dir, 'dist', 'electron') });
  });

  it('reports no binary when path.txt is missing or names a missing file, without downloading', () => {
    expect(start.resolveElectronBinary({ electronDir: electronPackage('fresh', {}), env: {} })).toMatchObject({ path: null });
    expect(start.resolveElectronBinary({ electronDir: electronPackage('stale', { pathTxt: 'electron' }), env: {} })).toMatchObject({ path: null });
    expect(start.resolveElectronBinary({ electronDir: null, env: {} })).toEqual({ path: null, reason: 'the electron package is not installed' });
  });

  it("reports no binary when require('electron') throws (download failed)", () => {
    const dir = electronPackage('offline', {});
    expect(start.resolveElectronBinary({ electronDir: dir, env: {}, allowDownload: true })).toEqual({ path: null, reason: 'the Electron binary could not be downloaded' });
  });

  it("reports no binary when require('electron') returns a path to a missing file", () => {
    const dir = electronPackage('lying', { indexJs: 'module.exports = require("path").join(__dirname, "dist", "electron");' });
    expect(start.resolveElectronBinary({ electronDir: dir, env: {}, allowDownload: true })).toMatchObject({ path: null });
  });

  it("uses the path require('electron') returns once the download worked", () => {
    const binary = join(tmp, 'fetched-electron');
    writeFileSync(binary, '');
    const dir = electronPackage('fetching', { indexJs: `module.exports = ${JSON.stringify(binary)};` });
    expect(start.resolveElectronBinary({ electronDir: dir, env: {}, allowDownload: true })).toEqual({ path: binary });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron does', () => {
    const dist = join(tmp, 'override');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'electron'), '');
    const dir = electronPackage('overridden', {});
    expect(start.resolveElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toEqual({ path: join(dist, 'electron') });
    expect(start.resolveElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: tmp } })).toMatchObject({ path: null });
  });
});

describe('npm start (scripts/start.mjs)', () => {
  const oneLine = (stderr: string) => stderr.split('\n').filter((line) => line !== '');

  it('prints exactly one line pointing to npm run web and fails when there is no display', () => {
    const run = runStart({});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(oneLine(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^Liaison Desk: no display here .*; run "npm run web" for the same app in your browser\.\n$/);
  });

  it('prints exactly one line and fails when the Electron binary is missing', () => {
    const empty = join(tmp, 'empty-dist');
    mkdirSync(empty, { recursive: true });
    const run = runStart({ DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: empty }, ['--no-build']);
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/^Liaison Desk: no Electron binary here .*npm run web/)]);
  });

  it('launches the binary on the app folder and passes its exit code through', () => {
    const dist = join(tmp, 'fake-electron');
    mkdirSync(dist, { recursive: true });
    const record = join(tmp, 'launched.txt');
    writeFileSync(join(dist, 'electron'), `#!/bin/sh\necho "$PWD|$*|\${ELECTRON_RUN_AS_NODE:-unset}" > ${JSON.stringify(record)}\nexit 7\n`);
    chmodSync(join(dist, 'electron'), 0o755);
    const run = runStart({ DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_RUN_AS_NODE: '1' }, ['--no-build', '--trace-warnings']);
    expect(run.status).toBe(7);
    expect(readFileSync(record, 'utf8').trim()).toBe(`${repoRoot}|. --trace-warnings|unset`);
  });
});

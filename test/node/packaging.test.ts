// Packages the app with electron-builder (`--dir`, Linux) from electron-builder.yml against a stub Electron
// (no real binary can be downloaded here) and checks what app.asar ships and that the fuses get flipped.
// Needs `vite build` first (npm test runs it).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/electronStart';

const BUILT = ['dist/renderer/index.html', 'dist-electron/main/index.js', 'dist-electron/preload/index.cjs', 'dist-electron/server/main.js'];
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const [FUSE_OFF, FUSE_ON, FUSE_UNSET] = [0x30, 0x31, 0x90];

const work = mkdtempSync(join(tmpdir(), 'ld-packaging-'));
const electronDist = join(work, 'electron-dist');
const output = join(work, 'release');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in Electron distribution: an "executable" carrying a fuse wire (all fuses unset) and the
 *  files electron-builder copies or removes. */
const writeStubElectron = () => {
  const wire = Buffer.from([1, FUSE_NAMES.length, ...FUSE_NAMES.map(() => FUSE_UNSET)]);
  const binary = Buffer.concat([Buffer.from('\x7fELF stub electron\n'), Buffer.from(FUSE_SENTINEL), wire, Buffer.from('\n')]);
  mkdirSync(join(electronDist, 'resources'), { recursive: true });
  writeFileSync(join(electronDist, 'electron'), binary);
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'version'), '45.4.1');
  writeFileSync(join(electronDist, 'LICENSE'), 'stub');
  writeFileSync(join(electronDist, 'LICENSES.chromium.html'), 'stub');
};

let files: string[] = [];
let appDir = '';

beforeAll(async () => {
  const missing = BUILT.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) throw new Error(`Run \`npx vite build\` first: packaging needs ${missing.join(', ')}`);
  writeStubElectron();
  await build({
    projectDir: repoRoot,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist, electronVersion: '45.4.1', directories: { output } },
  });
  appDir = join(output, 'linux-unpacked');
  files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 120_000);

describe('built bundles', () => {
  it('has a CommonJS preload (sandboxed preloads cannot load ES modules) that loads nothing but electron', () => {
    const preload = readFileSync(join(repoRoot, 'dist-electron/preload/index.cjs'), 'utf8');
    expect(preload).not.toMatch(/^\s*(import|export)\b/m);
    expect([...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("desktop"');
  });
});

describe('packaged app (electron-builder --dir --linux)', () => {
  it('ships the built bundles and the renderer', () => {
    for (const file of ['/package.json', ...BUILT.map((f) => `/${f}`)]) expect(files, file).toContain(file);
    expect(files).toContain('/assets/icons/512x512.png');
  });

  it('ships runtime dependencies as packages', () => {
    expect(files).toContain('/node_modules/fastify/package.json');
    expect(files).toContain('/node_modules/zod/package.json');
  });

  it('ships no development tooling, no Electron and no bundled UI libraries as packages', () => {
    for (const pkg of ['vitest', 'vite', 'typescript', 'playwright-core', 'eslint', 'electron', 'electron-builder', 'react', 'react-dom', '@mantine/core', 'dexie']) {
      expect(files.filter((f) => f.startsWith(`/node_modules/${pkg}/`)), pkg).toEqual([]);
    }
  });

  it('ships no source maps, tests or sources', () => {
    expect(files.filter((f) => f.endsWith('.map') && !f.startsWith('/node_modules/'))).toEqual([]);
    expect(files.filter((f) => /\.test\.|^\/(electron|renderer|server|shared|test|scripts)\//.test(f))).toEqual([]);
  });

  it('flips the security fuses in the executable', () => {
    const binary = readFileSync(join(appDir, 'liaison-desk'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const state = Object.fromEntries(FUSE_NAMES.map((name, i) => [name, binary[at + 2 + i]]));
    expect(state).toEqual({
      runAsNode: FUSE_OFF,
      enableCookieEncryption: FUSE_ON,
      enableNodeOptionsEnvironmentVariable: FUSE_OFF,
      enableNodeCliInspectArguments: FUSE_OFF,
      enableEmbeddedAsarIntegrityValidation: FUSE_ON,
      onlyLoadAppFromAsar: FUSE_ON,
      loadBrowserProcessSpecificV8Snapshot: FUSE_OFF,
      grantFileProtocolExtraPrivileges: FUSE_OFF,
    });
  });
});

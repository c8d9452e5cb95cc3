// Launches the real desktop app through Playwright's Electron support and checks the shell from the
// renderer's side. Needs an Electron binary and a display: machines without them (like the ones this
// project is built on) report this suite as skipped, by name, and print a line saying it did not run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStartScript, repoRoot } from '../support/electronStart';

const start = await loadStartScript();
const binary = start.resolveElectronBinary({ allowDownload: false });
const display = start.hasDisplay(process.env, process.platform);
const hasElectronBinary = binary.path !== null && display;
const SUITE = 'Electron app (real binary)';
if (!hasElectronBinary) {
  console.log(`NOT RUN: test/e2e/electronApp.test.ts "${SUITE}": ${binary.reason ?? 'no display (DISPLAY/WAYLAND_DISPLAY unset)'}`);
}

describe.skipIf(!hasElectronBinary)(SUITE, () => {
  let app: ElectronApplication;
  let page: Page;
  const profile = mkdtempSync(join(tmpdir(), 'ld-electron-profile-'));

  beforeAll(async () => {
    app = await _electron.launch({
      executablePath: binary.path ?? undefined,
      args: ['.'],
      cwd: repoRoot,
      env: { ...process.env, LIAISON_DESK_USER_DATA: profile },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('loads the renderer from app://liaison-desk with no Node in the page', async () => {
    expect(page.url()).toBe('app://liaison-desk/index.html');
    expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
  });

  it('exposes exactly the desktop bridge and answers app.getInfo with the embedded server', async () => {
    const info = await page.evaluate(async () => {
      const desktop = (window as unknown as { desktop: { app: { getInfo(): Promise<unknown> } } }).desktop;
      return { namespaces: Object.keys(desktop).sort(), info: await desktop.app.getInfo() };
    });
    expect(info.namespaces).toEqual(['app', 'files', 'notifications', 'secrets']);
    expect(info.info).toMatchObject({ ok: true, value: { electronVersion: expect.any(String), serverUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) } });
  });

  it('enforces the CSP (no eval) and keeps the window on the app origin', async () => {
    expect(await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch (error) {
        return (error as Error).name;
      }
    })).toBe('EvalError');
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/liaison-desk\//);
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
    expect(app.windows()).toHaveLength(1);
  });
});

// Real Chromium for end-to-end tests: Debian's build driven by playwright-core (STACK.md), plus the
// checks every UI test repeats: axe (serious/critical only) and screenshots into test-results/.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, LaunchOptions, Page } from 'playwright-core';

export const RESULTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Options for `chromium.launch` / `launchPersistentContext`; CHROMIUM_PATH overrides the binary. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS };
}

/** A fresh headless Chromium; each context it creates is a new, in-memory profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface AxeViolationSummary {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the page once its transitions have settled and returns only serious and critical
 *  violations, in a shape that reads well in an assertion diff. Waiting matters: a dialog caught mid
 *  fade-in has half-transparent text that fails contrast although the settled page passes. The page must
 *  come from `browser.newContext()`, not `browser.newPage()` (an @axe-core/playwright requirement). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolationSummary[]> {
  await waitForAnimationsToSettle(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Resolves once no CSS transition or animation is running (infinite ones, such as loaders, excepted). */
export async function waitForAnimationsToSettle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/** Saves a PNG of the viewport to test-results/<name>.png (gitignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = resolve(RESULTS_DIR, `${name}.png`);
  await mkdir(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path });
  return path;
}

// Debian's Chromium through playwright-core with the flags of STACK.md (the same as
// test/support/browser.ts). IndexedDB benchmarks need an ON-DISK profile: incognito contexts from
// launch() keep IndexedDB in memory, so every measurement runs in launchPersistentContext(profileDir).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @param {string} profileDir @returns {Promise<import('playwright-core').BrowserContext>} */
export function launchProfile(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Page errors go to stderr so a failing measurement says why. */
export function reportPageErrors(page, label) {
  page.on('pageerror', (error) => process.stderr.write(`[${label}] page error: ${error.message}\n`));
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`[${label}] console: ${message.text()}\n`);
  });
}

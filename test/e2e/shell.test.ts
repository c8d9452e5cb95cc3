// The app shell in a real Chromium against the real built server: keyboard-only navigation (Tab/Enter,
// Ctrl+1..5, the command palette), focus management, the theme switch, and axe on every section in both
// colour schemes. Needs `npx vite build` first (startBuiltServer says so if it was not run).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, seriousAxeViolations } from '../support/browser';
import type { AxeViolationSummary } from '../support/browser';
import { startBuiltServer } from '../support/serverProcess';
import { signInAsDemo } from '../support/signIn';
import type { BuiltServer } from '../support/serverProcess';

const SECTIONS = [
  { label: 'Customers', path: '/customers', key: '1' },
  { label: 'Log', path: '/log', key: '2' },
  { label: 'Briefings', path: '/briefings', key: '3' },
  { label: 'Outreach', path: '/outreach', key: '4' },
  { label: 'Settings', path: '/settings', key: '5' },
] as const;

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const hashPath = () => new URL(page.url()).hash.replace(/^#/, '');
const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const focusIsInMain = () => page.evaluate(() => document.activeElement?.closest('main') != null);
const colorScheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
const themeButton = (scheme: 'light' | 'dark') => page.getByRole('banner').getByRole('button', { name: `Switch to ${scheme} theme` });
const navLink = (label: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: label, exact: true });

/** Presses Tab (or Shift+Tab) until the element is focused; fails after `limit` presses. */
async function tabTo(target: ReturnType<Page['getByRole']>, direction: 'forward' | 'backward', limit = 25) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Could not reach the element with ${limit} ${direction} Tab presses`);
}

async function expectOnSection(section: (typeof SECTIONS)[number]) {
  await expect.poll(hashPath).toBe(section.path);
  await expect.poll(heading).toBe(section.label);
  await expect.poll(focusIsInMain).toBe(true);
}

async function openApp(colorSchemePreference: 'light' | 'dark' = 'light') {
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: colorSchemePreference });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  await signInAsDemo(page);
  await expect.poll(heading).toBe('Customers');
}

describe('app shell in Chromium', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBuiltServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(() => openApp());

  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('opens on Customers with the header, navigation and main landmarks', async () => {
    expect(hashPath()).toBe('/customers');
    expect(await page.title()).toBe('Customers · Liaison Desk');
    await expect.poll(() => page.getByRole('banner').count()).toBe(1);
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('main').count()).toBe(1);
  });

  it('offers a skip link as the first Tab stop that moves focus into main', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expectOnSection(SECTIONS[0]);
  });

  it('walks every section with Tab and Enter, landing focus in main each time', async () => {
    let direction: 'forward' | 'backward' = 'forward';
    for (const section of [...SECTIONS.slice(1), SECTIONS[0]]) {
      await tabTo(navLink(section.label), direction);
      await page.keyboard.press('Enter');
      await expectOnSection(section);
      expect(await navLink(section.label).getAttribute('aria-current')).toBe('page');
      // Focus is now in main, after the navigation in document order.
      direction = 'backward';
    }
  });

  it('switches sections with Ctrl+1..5', async () => {
    for (const section of [...SECTIONS].reverse()) {
      await page.keyboard.press(`Control+${section.key}`);
      await expectOnSection(section);
    }
    // The shortcut of the open section moves focus back into it, without a duplicate history entry.
    const historyLength = await page.evaluate(() => history.length);
    await tabTo(navLink('Log'), 'backward');
    await page.keyboard.press('Control+1');
    await expectOnSection(SECTIONS[0]);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('navigates with the command palette, by typing and with the arrow keys', async () => {
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const search = page.getByRole('textbox', { name: 'Search sections and commands' });

    await page.keyboard.press('Control+k');
    await palette.waitFor({ state: 'visible' });
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('outreach');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'hidden' });
    await expectOnSection(SECTIONS[3]);

    await page.keyboard.press('Control+k');
    await palette.waitFor({ state: 'visible' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'hidden' });
    await expectOnSection(SECTIONS[2]);
    // Focus stays in main once the palette's close transition has finished.
    await page.waitForTimeout(400);
    expect(await focusIsInMain()).toBe(true);

    await page.keyboard.press('Control+k');
    await palette.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'hidden' });
    expect(hashPath()).toBe(SECTIONS[2].path);
  });

  it('switches to the dark theme from the palette and keeps it after a reload', async () => {
    expect(await colorScheme()).toBe('light');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await page.keyboard.press('Control+k');
    await palette.waitFor({ state: 'visible' });
    await page.keyboard.type('dark theme');
    // Enter picks the first action listed: wait until the filter has caught up with the typing.
    await expect.poll(() => page.getByRole('textbox', { name: 'Search sections and commands' }).inputValue()).toBe('dark theme');
    await palette.getByText('Switch to dark theme').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(colorScheme).toBe('dark');

    await page.reload();
    await expect.poll(heading).toBe('Customers');
    expect(await colorScheme()).toBe('dark');
  });

  it('sets light, dark or system theme in Settings', async () => {
    await page.keyboard.press('Control+5');
    await expectOnSection(SECTIONS[4]);
    await page.getByText('Dark', { exact: true }).click();
    await expect.poll(colorScheme).toBe('dark');
    await page.getByText('System', { exact: true }).click();
    await expect.poll(colorScheme).toBe('light'); // the context emulates a light OS
  });

  it('has no serious or critical axe violations on any section, light or dark', async () => {
    const failures: Record<string, AxeViolationSummary[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      if ((await colorScheme()) !== scheme) await themeButton(scheme).click();
      await expect.poll(colorScheme).toBe(scheme);
      for (const section of SECTIONS) {
        await page.keyboard.press(`Control+${section.key}`);
        await expectOnSection(section);
        const violations = await seriousAxeViolations(page);
        if (violations.length > 0) failures[`${scheme} ${section.label}`] = violations;
      }
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: 'Command palette' }).waitFor({ state: 'visible' });
      const paletteViolations = await seriousAxeViolations(page);
      if (paletteViolations.length > 0) failures[`${scheme} command palette`] = paletteViolations;
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Command palette' }).waitFor({ state: 'hidden' });
    }
    expect(failures).toEqual({});
  });

  it('saves screenshots of the shell in light and dark', async () => {
    expect(await saveScreenshot(page, 'shell')).toMatch(/test-results\/shell\.png$/);
    await themeButton('dark').click();
    await expect.poll(colorScheme).toBe('dark');
    await page.mouse.move(0, 700); // no hover tooltip in the picture
    await saveScreenshot(page, 'shell-dark');
  });
});

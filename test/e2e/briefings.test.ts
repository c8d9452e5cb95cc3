// Briefings in a real Chromium against the built server and its demo storm (four published versions),
// signed in as the demo accounts. The liaison reads the current version, its age and every version,
// and is warned before copying from a superseded one. The briefing author acknowledges version 4,
// drafts and validates version 5, previews it with what changed since version 4, publishes it and sees
// who has acknowledged it. Axe in light and dark, and screenshots. Needs `npx vite build` first.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, saveScreenshot } from '../support/browser';
import type { AxeViolationSummary } from '../support/browser';
import { startBuiltServer } from '../support/serverProcess';
import { signInAsDemo, waitUntilSynced } from '../support/signIn';
import type { BuiltServer } from '../support/serverProcess';

const NEW_POINT = 'Crews will work through the night in Lakeshore.';

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const colorScheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
const isFocused = (locator: ReturnType<Page['getByRole']>) => locator.evaluate((el) => el === document.activeElement);
const versionsNav = () => page.getByRole('navigation', { name: 'Briefing versions' });
const versionHeading = () => page.getByRole('heading', { level: 2, name: /^Version \d+$/ }).textContent();
const clipboardText = () => page.evaluate(() => navigator.clipboard.readText());

/**
 * Serious and critical axe findings in the section (and an open dialog). The app frame around it is
 * the shell test's to check.
 */
async function axeFindings(withDialog = false): Promise<AxeViolationSummary[]> {
  const builder = new AxeBuilder({ page }).include('main');
  if (withDialog) builder.include('[role="dialog"]');
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Presses Tab until the element has focus; fails after `limit` presses. */
async function tabTo(target: ReturnType<Page['getByRole']>, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach the element with ${limit} Tab presses`);
}

/** Opens the app signed in as a demo account (the data arrives by sync) and goes to Briefings with Ctrl+3. */
async function openBriefings(account: string, currentVersion: number) {
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  await signInAsDemo(page, account);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Briefings' }).waitFor();
  await page.keyboard.press('Control+3');
  await expect.poll(heading).toBe('Briefings');
  await expect.poll(versionHeading, { timeout: 90_000 }).toBe(`Version ${currentVersion}`);
}

describe('briefings in Chromium', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBuiltServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the liaison the current version, its age and every version, with no authoring controls', async () => {
    await openBriefings('Dana Whitfield', 4);
    expect(await page.getByTestId('briefing-age').textContent()).toMatch(/^Figures as of ([A-Z][a-z]{2} \d{1,2} )?\d{2}:\d{2}, 2 h \d+ min ago$/); // a date before the time after midnight
    const items = versionsNav().getByRole('button');
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(/^Version 4(Unread)?PublishedIssued .* · Elena Vasquez$/),
      expect.stringMatching(/^Version 3SupersededIssued/),
      expect.stringMatching(/^Version 2SupersededIssued/),
      expect.stringMatching(/^Version 1SupersededIssued/),
    ]);
    expect(await items.first().getAttribute('aria-current')).toBe('true');
    expect(await page.getByRole('button', { name: /New version|Edit draft/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Safety messages' }).textContent()).toContain('35 feet');
    const areas = page.getByRole('table', { name: 'Areas in version 4' });
    expect(await areas.getByRole('row').count()).toBe(5);
    expect(await areas.getByRole('row', { name: /Lakeshore/ }).textContent()).toMatch(/8,100was 12,400.*4 h later/);
    await page.mouse.move(0, 700);
    await saveScreenshot(page, 'briefings');
  });

  it('warns before copying or quoting from a superseded version', async () => {
    await openBriefings('Dana Whitfield', 4);
    await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await tabTo(versionsNav().getByRole('button', { name: /^Version 2/ }));
    await page.keyboard.press('Enter');
    await expect.poll(versionHeading).toBe('Version 2');
    await page.getByRole('alert').filter({ hasText: 'Superseded: do not quote version 2' }).waitFor();
    await saveScreenshot(page, 'briefings-superseded');

    const copyPoint = page.getByRole('button', { name: 'Copy talking point 1' });
    const dialog = page.getByRole('dialog', { name: 'Version 2 is superseded' });
    await tabTo(copyPoint);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    expect(await axeFindings(true)).toEqual([]);
    await saveScreenshot(page, 'briefings-quote-warning');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await clipboardText()).toBe('nothing copied yet');

    await copyPoint.click();
    await dialog.getByRole('button', { name: 'Copy anyway' }).click();
    await expect.poll(clipboardText).toBe('Overall restoration is expected to take 2 to 3 days.');

    // Selecting text and pressing Ctrl+C is held back for the same warning.
    await page.getByText('About 250 broken poles').selectText();
    await page.keyboard.press('Control+c');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Read version 4 instead' }).click();
    await expect.poll(versionHeading).toBe('Version 4');
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 2, name: 'Version 4' }))).toBe(true);
    await copyPoint.click();
    await expect.poll(clipboardText).toBe('Restoration of most customers is expected by tomorrow evening.');
    expect(await dialog.count()).toBe(0);
  });

  it('has no serious or critical axe violations, light or dark', async () => {
    await openBriefings('Dana Whitfield', 4);
    const failures: Record<string, AxeViolationSummary[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      if ((await colorScheme()) !== scheme) await page.getByRole('banner').getByRole('button', { name: `Switch to ${scheme} theme` }).click();
      await expect.poll(colorScheme).toBe(scheme);
      for (const version of [4, 1]) {
        await versionsNav().getByRole('button', { name: new RegExp(`^Version ${version}`) }).click();
        await expect.poll(versionHeading).toBe(`Version ${version}`);
        const violations = await axeFindings();
        if (violations.length > 0) failures[`${scheme} version ${version}`] = violations;
      }
    }
    expect(failures).toEqual({});
    await versionsNav().getByRole('button', { name: /^Version 4/ }).click();
    await page.mouse.move(0, 700);
    await saveScreenshot(page, 'briefings-dark');
  });

  it('lets the briefing author preview and publish the next version, then see who has acknowledged it', async () => {
    await openBriefings('Elena Vasquez', 4);
    // Elena issued version 4 of the demo storm: her device counts it as read (no "New briefing").
    await page.getByRole('region', { name: 'Acknowledgements of version 4' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('region', { name: 'New briefing: version 4' }).count()).toBe(0);
    await tabTo(page.getByRole('button', { name: 'Acknowledge version 4' }));
    await page.keyboard.press('Enter');
    await page.getByText(/^You acknowledged version 4 at \d{2}:\d{2}$/).waitFor();

    await tabTo(page.getByRole('button', { name: 'New version' }));
    await page.keyboard.press('Enter');
    await expect.poll(heading).toBe('New version 5');
    const affected = page.getByRole('textbox', { name: 'Customers affected' });
    expect(await affected.inputValue()).toBe('38,900');
    expect(await page.getByRole('textbox', { name: 'Service area, row 4' }).inputValue()).toBe('East Valley');
    expect(await axeFindings()).toEqual([]);
    await saveScreenshot(page, 'briefings-draft');

    await affected.fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'Customers affected is required' }).waitFor();
    await expect.poll(() => isFocused(affected)).toBe(true);
    expect(await axeFindings()).toEqual([]);
    await saveScreenshot(page, 'briefings-draft-errors');
    await page.keyboard.type('30500');
    await page.getByRole('button', { name: 'Add talking point' }).click();
    await page.keyboard.type(NEW_POINT);

    // The preview is the reader's view of version 5, with what changed since version 4.
    await page.getByRole('tab', { name: 'Preview as readers see it' }).click();
    const changes = page.getByRole('region', { name: 'What changed since version 4, the one you last read' });
    expect(await changes.getByRole('row', { name: /Customers affected/ }).textContent()).toBe('Customers affected38,90030,500−8,400');
    expect(await changes.textContent()).toContain(`Added: ${NEW_POINT}`);
    expect(await axeFindings()).toEqual([]);
    await page.mouse.move(0, 700);
    await saveScreenshot(page, 'briefings-preview');

    await page.getByRole('button', { name: 'Publish version 5' }).click();
    const confirm = page.getByRole('dialog', { name: 'Publish version 5?' });
    await confirm.getByRole('button', { name: 'Publish version 5' }).click();

    await expect.poll(heading).toBe('Briefings');
    await expect.poll(versionHeading).toBe('Version 5');
    expect(await page.getByTestId('briefing-age').textContent()).toMatch(/^Figures as of \d{2}:\d{2}, (just now|\d+ min ago)$/);
    expect(await versionsNav().getByRole('button', { name: /^Version 4/ }).textContent()).toContain('Superseded');
    // The author has read what they published; instead of what changed they see who has it.
    const acks = page.getByRole('region', { name: 'Acknowledgements of version 5' });
    await acks.waitFor();
    expect(await versionsNav().getByText('Unread').count()).toBe(0);
    expect(await changes.count()).toBe(0);
    expect(await acks.textContent()).toContain('0 people acknowledged version 5.');
    expect(await acks.getByRole('table', { name: 'Not yet acknowledged version 5' }).getByRole('row').count()).toBeGreaterThan(1);
    expect(await axeFindings()).toEqual([]);
    await page.mouse.move(0, 700);
    await saveScreenshot(page, 'briefings-acknowledgements');

    await tabTo(page.getByRole('button', { name: 'Acknowledge version 5' }));
    await page.keyboard.press('Enter');
    await page.getByText(/^You acknowledged version 5 at \d{2}:\d{2}$/).waitFor();
    await expect.poll(() => acks.textContent()).toContain('1 person acknowledged version 5.');
    // The server accepted all of it: nothing refused, nothing left to send.
    await waitUntilSynced(page);
  });
});

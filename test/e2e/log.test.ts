// The liaison log and events in a real Chromium against the built server, driven as a liaison would:
// log a call with a follow-up from the keyboard only, see it in the timeline and the follow-ups,
// correct it, log an emergency report, close the follow-up, create and activate an event, reload,
// then go offline and log again. Axe (light and dark) and screenshots. Needs `npx vite build` first.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../shared/demo/generateDataset';
import { launchBrowser, saveScreenshot, seriousAxeViolations } from '../support/browser';
import type { AxeViolationSummary } from '../support/browser';
import { isFocused } from '../support/liaisonSteps';
import { startBuiltServer } from '../support/serverProcess';
import { signInAsDemo } from '../support/signIn';
import type { BuiltServer } from '../support/serverProcess';

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

// The demo data set is deterministic: pick a customer with a unique name and several contacts.
const demo = generateDataset({ now: Date.now() });
const customer = demo.customers.find((c) =>
  demo.customers.filter((o) => o.name === c.name).length === 1 && demo.contacts.filter((k) => k.customerId === c.id).length >= 2)!;
const firstContact = demo.contacts.filter((k) => k.customerId === customer.id).sort((a, b) => a.escalationOrder - b.escalationOrder)[0]!;
const stamp = Date.now().toString(36);
const CALL = `Committed to call back with the crew ETA ${stamp}`;
const CORRECTED = `Committed to call back with the crew ETA and fuel status ${stamp}`;
const EMERGENCY = `Downed line arcing by the loading dock ${stamp}`;
const NEW_EVENT = `Wildfire Shutoff North ${stamp}`;
const OFFLINE_CALL = `Offline check-in with the site ${stamp}`;

const bar = () => page.getByRole('region', { name: 'Log a call' });
const customerInput = () => bar().getByLabel('Customer', { exact: true });
const timeline = () => page.getByRole('region', { name: 'Log timeline' });
const entry = (text: string) => timeline().getByRole('article').filter({ hasText: text });
const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const colorScheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));

/** Logs one call from the keyboard: Ctrl+L, customer by typing, then the given keys, then Enter. */
async function logWithKeyboard(customerText: string, afterCustomer: () => Promise<void>) {
  await page.keyboard.press('Control+l');
  await expect.poll(() => isFocused(customerInput())).toBe(true);
  await page.keyboard.type(customerText);
  await page.getByRole('listbox', { name: 'Customer matches' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  // Picking a customer moves to its contact.
  await expect.poll(() => isFocused(bar().getByLabel('Contact'))).toBe(true);
  await afterCustomer();
  await page.keyboard.press('Enter');
}

/**
 * Ctrl+K, the command typed once the search has focus, Enter once the palette has selected it. (Under
 * load the palette can mark a stale first action while it re-renders: arrow until ours is marked.)
 */
async function runCommand(on: Page, command: string) {
  await on.keyboard.press('Control+k');
  const palette = on.getByRole('dialog', { name: 'Command palette' });
  const search = palette.getByRole('textbox', { name: 'Search sections and commands' });
  await expect.poll(() => isFocused(search)).toBe(true);
  await on.keyboard.type(command);
  await expect.poll(() => search.inputValue()).toBe(command);
  const label = new RegExp(`^${command}`, 'i');
  await palette.locator('[data-action]').filter({ hasText: label }).first().waitFor();
  for (let presses = 0; !(await palette.locator('[data-selected]').filter({ hasText: label }).count()); presses++) {
    if (presses > 10) throw new Error(`The palette never selected "${command}"`);
    await on.keyboard.press('ArrowDown');
  }
  await on.keyboard.press('Enter');
  await palette.waitFor({ state: 'hidden' });
}

async function axeFailures(label: string, failures: Record<string, AxeViolationSummary[]>) {
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) failures[label] = violations;
}

describe('liaison log and events in Chromium', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBuiltServer({ timeoutMs: 120_000 }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    // Signed in as the demo liaison, the data arrives by sync; the header then shows the active storm.
    await signInAsDemo(page);
    await page.getByRole('banner').getByRole('button', { name: /^Active event: Winter Storm/ }).waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('logs a call with a follow-up using only the keyboard, from another section', async () => {
    expect(customer).toBeDefined();
    await logWithKeyboard(customer.name, async () => {
      await page.keyboard.press('ArrowDown'); // the first contact in escalation order
      await page.keyboard.press('Tab'); // channel: phone
      await page.keyboard.press('Tab'); // direction: outbound
      await page.keyboard.press('Tab');
      await page.keyboard.type('c'); // category: Commitment
      await page.keyboard.press('Tab');
      await page.keyboard.type(CALL);
      await page.keyboard.press('Tab'); // significant
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // follow-up: owner and due are suggested
      await expect.poll(() => bar().getByLabel('Follow-up owner').inputValue()).not.toBe('');
    });
    expect(new URL(page.url()).hash).toBe('#/log');
    // The bar clears and keeps focus for the next call.
    await entry(CALL).waitFor();
    await expect.poll(() => isFocused(customerInput())).toBe(true);
    expect(await customerInput().inputValue()).toBe('');
    expect(await bar().getByLabel('Summary').inputValue()).toBe('');
    const logged = entry(CALL);
    expect(await logged.textContent()).toContain(customer.name);
    expect(await logged.textContent()).toContain(firstContact.name);
    expect(await logged.textContent()).toContain('Commitment');
    expect(await logged.textContent()).toMatch(/Follow-up: .+, due/);
  });

  it('shows per-field messages from the shared schema and keeps what was typed', async () => {
    await page.keyboard.press('Control+l');
    await expect.poll(() => isFocused(customerInput())).toBe(true);
    await page.keyboard.type('zzzz-no-such-customer');
    await page.keyboard.press('Tab'); // channel (the contact waits for a customer)
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('et'); // category: ETR given, without its time
    await page.keyboard.press('Control+Enter');
    await bar().getByText('ETR given needs the ETR time', { exact: true }).waitFor();
    await bar().getByText('Summary is required', { exact: true }).waitFor();
    await bar().getByText('Choose a customer from the list, or clear the field to log without one', { exact: true }).waitFor();
    expect(await bar().getByRole('status').textContent()).toMatch(/^Not logged: /);
    expect(await customerInput().inputValue()).toBe('zzzz-no-such-customer');
    // Clear the draft for the next steps.
    await customerInput().fill('');
    await bar().getByLabel('Category').selectOption('status_update');
  });

  it('lists the follow-up, and keeps the draft while navigating', async () => {
    await bar().getByLabel('Summary').fill('Draft kept across pages');
    await page.getByRole('link', { name: /^Follow-ups/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/log/follow-ups');
    const row = page.getByRole('row').filter({ hasText: CALL });
    await row.waitFor();
    expect(await row.textContent()).toContain(customer.name);
    await page.keyboard.press('Control+1');
    await expect.poll(heading).toBe('Customers');
    await page.keyboard.press('Control+2');
    await expect.poll(heading).toBe('Log');
    expect(await bar().getByLabel('Summary').inputValue()).toBe('Draft kept across pages');
    await bar().getByLabel('Summary').fill('');
  });

  it('corrects the entry: the original is marked "corrected by" and the correction points back', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    const correct = entry(CALL).getByRole('button', { name: /^Correct the entry/ });
    await correct.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Correct a log entry' });
    await dialog.waitFor();
    const summary = dialog.getByLabel('Summary');
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await summary.inputValue()).toBe(CALL);
    await summary.fill(CORRECTED);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const original = entry(CALL).filter({ hasNotText: CORRECTED });
    const correction = entry(CORRECTED);
    await correction.waitFor();
    expect(await original.textContent()).toContain('Corrected by');
    expect(await correction.textContent()).toContain('Correction of');
    // The links go both ways.
    await original.getByRole('button', { name: /the correction recorded/ }).click();
    await expect.poll(() => correction.evaluate((el) => el === document.activeElement)).toBe(true);
    await correction.getByRole('button', { name: /the entry recorded/ }).click();
    await expect.poll(() => original.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('logs an emergency report that stands out and comes first', async () => {
    await logWithKeyboard(customer.name, async () => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('inb'); // direction: inbound
      await page.keyboard.press('Tab');
      await page.keyboard.type('em'); // category: Emergency report
      await page.keyboard.press('Tab');
      await page.keyboard.type('l'); // life-safety kind: Live wire
      await page.keyboard.press('Tab');
      await page.keyboard.type(EMERGENCY);
    });
    await entry(EMERGENCY).waitFor();
    const first = timeline().getByRole('article').first();
    expect(await first.textContent()).toContain(EMERGENCY);
    expect(await first.textContent()).toContain('LIFE SAFETY · Live wire');
    await saveScreenshot(page, 'log-timeline');
  });

  it('closes the follow-up by logging it', async () => {
    await page.getByRole('link', { name: /^Follow-ups/ }).click();
    const row = page.getByRole('row').filter({ hasText: CORRECTED });
    await row.getByRole('button', { name: /^Close the follow-up/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Close a follow-up' });
    await dialog.waitFor();
    await page.keyboard.press('Enter'); // empty: the shared schema says what is missing
    await dialog.getByText('Summary is required').waitFor();
    await dialog.getByLabel('What was done').fill('Called back: crew on site, fuel delivered');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('table', { name: /^(Overdue|Due within the hour|Open)/ }).filter({ hasText: CORRECTED }).count()).toBe(0);
    await page.getByRole('button', { name: /^Closed follow-ups/ }).click();
    await page.getByRole('table', { name: 'Closed follow-ups' }).getByRole('row').filter({ hasText: CORRECTED }).waitFor();
    await saveScreenshot(page, 'log-follow-ups');
  });

  it('leaves starting events to briefing authors: a liaison sees them read-only', async () => {
    await runCommand(page, 'events');
    await expect.poll(heading).toBe('Events');
    await page.getByText(/^Briefing authors and administrators start, activate and close events/).waitFor();
    expect(await page.getByRole('button', { name: 'New event' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Close/ }).count()).toBe(0);
  });

  it('a briefing author creates an event and switches to it; it reaches the liaison by sync', async () => {
    const authorContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    const author = await authorContext.newPage();
    author.on('pageerror', (error) => pageErrors.push(error.message));
    await author.goto(server.url);
    await signInAsDemo(author, 'briefing_author');
    const authorIndicator = author.getByRole('banner').getByRole('button', { name: /^Active event:/ });
    await expect.poll(() => authorIndicator.textContent(), { timeout: 90_000 }).toContain('Winter Storm');

    await runCommand(author, 'new event');
    const create = author.getByRole('dialog', { name: 'New event' });
    await create.waitFor();
    await expect.poll(() => create.getByLabel('Event name').evaluate((el) => el === document.activeElement)).toBe(true);
    await author.keyboard.press('Enter'); // nothing typed: the shared schema says what is missing
    await create.getByText('Event name is required', { exact: true }).waitFor();
    await author.keyboard.type(NEW_EVENT);
    await create.getByLabel('Kind').selectOption('wildfire_shutoff');
    await create.getByLabel('Operational period length (hours)').fill('8');
    await create.getByRole('button', { name: 'Create event' }).click();
    await create.waitFor({ state: 'hidden' });
    await author.getByRole('row').filter({ hasText: NEW_EVENT }).waitFor();

    await runCommand(author, 'switch event');
    const switcher = author.getByRole('dialog', { name: 'Switch event' });
    await switcher.getByRole('button', { name: new RegExp(NEW_EVENT) }).click();
    await switcher.getByRole('button', { name: /^Close Winter Storm .* and activate$/ }).click();
    await switcher.waitFor({ state: 'hidden' });
    await expect.poll(() => authorIndicator.textContent()).toContain(NEW_EVENT);
    expect(await authorIndicator.textContent()).toContain('OP 1');
    await author.getByText(/^Current operational period: OP 1/).waitFor();
    await author.mouse.move(0, 700);
    await saveScreenshot(author, 'events-author');
    await authorContext.close();

    // The liaison's device follows by sync: new entries belong to the new event, period 1.
    const indicator = page.getByRole('banner').getByRole('button', { name: /^Active event:/ });
    await expect.poll(() => indicator.textContent(), { timeout: 60_000 }).toContain(NEW_EVENT);
    await page.keyboard.press('Control+l');
    await expect.poll(() => isFocused(customerInput())).toBe(true);
    await bar().getByLabel('Summary').fill(`Briefed the county EOC on the shutoff ${stamp}`);
    await page.keyboard.press('Enter');
    const group = timeline().getByRole('heading', { level: 2 }).first();
    await expect.poll(() => group.textContent()).toBe(NEW_EVENT);
    await timeline().getByRole('heading', { name: 'Operational period 1', level: 3 }).first().waitFor();
  });

  it('shows everything again after a reload', async () => {
    await page.keyboard.press('Control+2');
    await expect.poll(heading).toBe('Log');
    await page.reload();
    await expect.poll(heading).toBe('Log');
    await entry(CORRECTED).waitFor();
    expect(await entry(CALL).filter({ hasNotText: CORRECTED }).textContent()).toContain('Corrected by');
    await entry(EMERGENCY).waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: /^Active event:/ }).textContent()).toContain(NEW_EVENT);
    await page.getByRole('link', { name: /^Follow-ups/ }).click();
    await page.getByRole('button', { name: /^Closed follow-ups/ }).click();
    await page.getByRole('table', { name: 'Closed follow-ups' }).getByRole('row').filter({ hasText: CORRECTED }).waitFor();
  });

  it('logs while offline (no reload: without a service worker the page cannot be fetched offline)', async () => {
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByRole('link', { name: 'Timeline' }).click();
    await timeline().waitFor();
    await logWithKeyboard(customer.name, async () => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type(OFFLINE_CALL);
    });
    await entry(OFFLINE_CALL).waitFor();
    await context.setOffline(false);
    await page.reload();
    await entry(OFFLINE_CALL).waitFor();
    // Back online, every change of this session reaches the server and none is refused.
    await page.getByRole('banner').getByRole('button', { name: /^Sync status: up to date/ }).waitFor({ timeout: 60_000 });
  });

  it('has no serious or critical axe violations, light and dark', async () => {
    const failures: Record<string, AxeViolationSummary[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      if ((await colorScheme()) !== scheme) await page.getByRole('banner').getByRole('button', { name: `Switch to ${scheme} theme` }).click();
      await expect.poll(colorScheme).toBe(scheme);
      await page.goto(`${server.url}/#/log`);
      await entry(EMERGENCY).waitFor();
      await axeFailures(`${scheme} timeline`, failures);
      await page.mouse.move(0, 700); // no hover tooltip in the picture
      await saveScreenshot(page, `log-${scheme}`);
      await page.keyboard.press('Control+l');
      await expect.poll(() => isFocused(customerInput())).toBe(true);
      await page.keyboard.press('Control+Enter'); // shows the field errors
      await bar().getByText('Summary is required', { exact: true }).waitFor();
      await axeFailures(`${scheme} quick entry with errors`, failures);
      await entry(EMERGENCY).getByRole('button', { name: /^Correct the entry/ }).click();
      await page.getByRole('dialog', { name: 'Correct a log entry' }).waitFor();
      await axeFailures(`${scheme} correction form`, failures);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Correct a log entry' }).waitFor({ state: 'hidden' });
      await page.goto(`${server.url}/#/log/follow-ups`);
      await page.getByRole('button', { name: /^Closed follow-ups/ }).waitFor();
      await axeFailures(`${scheme} follow-ups`, failures);
      await saveScreenshot(page, `log-follow-ups-${scheme}`);
      await page.goto(`${server.url}/#/events`);
      await page.getByRole('row').filter({ hasText: NEW_EVENT }).waitFor();
      await axeFailures(`${scheme} events`, failures);
      await saveScreenshot(page, `events-${scheme}`);
      await page.getByRole('banner').getByRole('button', { name: /^Active event:/ }).click();
      await page.getByRole('dialog', { name: 'Switch event' }).waitFor();
      await axeFailures(`${scheme} event switcher`, failures);
      await page.keyboard.press('Escape');
    }
    expect(failures).toEqual({});
    expect(pageErrors).toEqual([]);
  }, 300_000);
});

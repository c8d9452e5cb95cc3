// The customer directory in a real Chromium against the built server, driven from the keyboard as a
// liaison would: create a customer with two contacts, find it by a fragment of a contact's name and
// by phone digits typed without punctuation, reorder the escalation list, reload and see everything.
// Axe on the list and the customer page (light and dark), screenshots, and the list's responsiveness
// on the demo data set. Needs `npx vite build` first.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, seriousAxeViolations } from '../support/browser';
import type { AxeViolationSummary } from '../support/browser';
import { contactOrder as contactsInOrder, isFocused, tabTo as tabToElement } from '../support/liaisonSteps';
import { startBuiltServer } from '../support/serverProcess';
import { signInAsDemo } from '../support/signIn';
import type { BuiltServer } from '../support/serverProcess';

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const stamp = Date.now().toString(36).slice(-5);
const CUSTOMER = `Quarry Hill Dialysis ${stamp}`;
const FIRST = { name: 'Maria Quintanilla', role: 'Charge nurse', phone: '(415) 555-0177', label: 'Cell' };
const SECOND = { name: 'Devon Abernathy', role: 'Facilities manager', phone: '+1 628-555-0123', email: 'devon.abernathy@quarryhill.example' };

const directory = () => page.getByRole('region', { name: 'Customer directory' });
const listbox = () => directory().getByRole('listbox', { name: 'Customers' });
const search = () => page.getByRole('searchbox', { name: 'Search customers' });
const details = () => page.getByRole('region', { name: 'Customer details' });
const colorScheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
const countText = () => directory().getByRole('status').first().textContent();

const tabTo = (target: Locator) => tabToElement(page, target);

async function typeInto(target: Locator, text: string) {
  await tabTo(target);
  await page.keyboard.type(text);
}

async function axeFailures(label: string, failures: Record<string, AxeViolationSummary[]>) {
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) failures[label] = violations;
}

const contactOrder = () => contactsInOrder(page);

/**
 * Waits for the directory with the demo data in it. When the app asks to sign in first (accounts and
 * sync), signs in with the demo liaison account and the data arrives by sync.
 */
async function openDirectory() {
  await signInAsDemo(page);
  await directory().getByText(/^[1-9][\d,]* customers$/).waitFor({ timeout: 90_000 });
}

describe('customer directory in Chromium', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBuiltServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await openDirectory();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('creates a customer with two contacts from the keyboard', async () => {
    await page.keyboard.press('Alt+n');
    const form = page.getByRole('dialog', { name: 'New customer' });
    await form.waitFor();
    await expect.poll(() => isFocused(form.getByLabel('Customer name'))).toBe(true);
    await page.keyboard.type(CUSTOMER);
    await typeInto(form.getByLabel('Account number'), '8800-123-456');
    await typeInto(form.getByLabel('Premise id'), 'PR9900001');
    await typeInto(form.getByLabel('Priority tier'), 'Life');
    await typeInto(form.getByLabel('Facility type'), 'Dia');
    expect(await form.getByLabel('Priority tier').inputValue()).toBe('life_safety');
    expect(await form.getByLabel('Facility type').inputValue()).toBe('dialysis');
    await typeInto(form.getByLabel('Address', { exact: false }), '77 Quarry Rd, Lakeport');
    await typeInto(form.getByLabel('Feeder / circuit'), 'FDR-7702');
    await tabTo(form.getByLabel('Backup generation on site'));
    await page.keyboard.press('Space');
    await typeInto(form.getByLabel('Size (kW)'), '350');
    await typeInto(form.getByLabel('Fuel (hours)'), '36');
    await page.keyboard.press('Control+Enter');

    // The customer page opens with the contact form for its first contact.
    const contactForm = page.getByRole('dialog', { name: `Add a contact to ${CUSTOMER}` });
    await contactForm.waitFor();
    await expect.poll(() => isFocused(contactForm.getByLabel('Contact name'))).toBe(true);
    await page.keyboard.type(FIRST.name);
    await typeInto(contactForm.getByLabel('Role'), FIRST.role);
    await typeInto(contactForm.getByLabel('Number'), FIRST.phone);
    await typeInto(contactForm.getByLabel('Label'), FIRST.label);
    await tabTo(contactForm.getByRole('button', { name: 'Save and add another' }));
    await page.keyboard.press('Enter');
    await contactForm.getByText(`Saved ${FIRST.name}.`).waitFor();
    await expect.poll(() => isFocused(contactForm.getByLabel('Contact name'))).toBe(true);

    await page.keyboard.type(SECOND.name);
    await typeInto(contactForm.getByLabel('Role'), SECOND.role);
    await typeInto(contactForm.getByLabel('Number'), SECOND.phone);
    await tabTo(contactForm.getByRole('button', { name: 'Add email' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(contactForm.getByLabel('Email 1', { exact: true }))).toBe(true);
    await page.keyboard.type(SECOND.email);
    await page.keyboard.press('Control+Enter');
    await contactForm.waitFor({ state: 'hidden' });

    await details().getByRole('heading', { level: 2, name: CUSTOMER }).waitFor();
    await expect.poll(contactOrder).toEqual([FIRST.name, SECOND.name]);
    await details().getByRole('link', { name: FIRST.phone }).waitFor();
    expect(await details().getByRole('link', { name: FIRST.phone }).getAttribute('href')).toBe('tel:4155550177');
    expect(await details().getByText('350 kW').count()).toBe(1);
  });

  it('finds the customer by a fragment of a contact name and by phone digits without punctuation', async () => {
    await page.keyboard.press('/');
    await expect.poll(() => isFocused(search())).toBe(true);
    await page.keyboard.type('quintan');
    const hit = listbox().getByRole('option').filter({ hasText: CUSTOMER });
    await hit.waitFor();
    expect(await hit.textContent()).toContain(`Matched contact: ${FIRST.name} · name`);
    expect(await countText()).toBe('1 match');

    await page.keyboard.press('Control+f');
    await expect.poll(() => isFocused(search())).toBe(true);
    await page.keyboard.type('6285550123');
    await expect.poll(() => hit.textContent()).toContain(`contact: ${SECOND.name} · phone`);
    await page.keyboard.press('Enter');
    const heading = details().getByRole('heading', { level: 2, name: CUSTOMER });
    await expect.poll(() => isFocused(heading)).toBe(true);
  });

  it('reorders the escalation list with the keyboard', async () => {
    const moveUp = details().getByRole('button', { name: `Move ${SECOND.name} up` });
    await tabTo(moveUp);
    await page.keyboard.press('Enter');
    await expect.poll(contactOrder).toEqual([SECOND.name, FIRST.name]);
    // At the top "up" is disabled, so focus moves to the same contact's "down" button.
    await expect.poll(() => isFocused(details().getByRole('button', { name: `Move ${SECOND.name} down` }))).toBe(true);
    await expect.poll(() => details().getByRole('status').first().textContent()).toBe(`${SECOND.name} is now 1st of 2 in the escalation order.`);
  });

  it('shows everything again after a reload', async () => {
    await page.reload();
    await directory().getByText(/^[1-9][\d,]* customers$/).waitFor({ timeout: 30_000 });
    const heading = details().getByRole('heading', { level: 2, name: CUSTOMER });
    await heading.waitFor({ timeout: 30_000 });
    await expect.poll(contactOrder).toEqual([SECOND.name, FIRST.name]);
    for (const text of ['8800-123-456', 'PR9900001', '77 Quarry Rd, Lakeport', 'FDR-7702', '36 hours', FIRST.role, SECOND.email]) {
      expect(await details().getByText(text).count(), text).toBeGreaterThan(0);
    }
    expect(await details().getByText('Life-safety critical').count()).toBe(1);
    // No dialog comes back from the creation flow.
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('/');
    await page.keyboard.type('5550177');
    await listbox().getByRole('option').filter({ hasText: CUSTOMER }).waitFor();
  });

  it('has no serious or critical axe violations on the list and the customer page, light or dark', async () => {
    const failures: Record<string, AxeViolationSummary[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      if ((await colorScheme()) !== scheme) await page.getByRole('banner').getByRole('button', { name: `Switch to ${scheme} theme` }).click();
      await expect.poll(colorScheme).toBe(scheme);
      await page.mouse.move(0, 700);
      await axeFailures(`${scheme} customer page with search results`, failures);
      await saveScreenshot(page, `customers-detail${scheme === 'dark' ? '-dark' : ''}`);

      await page.getByRole('button', { name: 'Close customer' }).click();
      await search().fill('');
      await expect.poll(countText).toMatch(/customers$/);
      await axeFailures(`${scheme} directory list`, failures);
      await saveScreenshot(page, `customers-list${scheme === 'dark' ? '-dark' : ''}`);

      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('dialog', { name: /^Filters/ }).waitFor();
      await axeFailures(`${scheme} filters`, failures);
      await page.keyboard.press('Escape');

      // The new-customer form showing what is wrong with an empty submit.
      await page.keyboard.press('Alt+n');
      const form = page.getByRole('dialog', { name: 'New customer' });
      await form.getByRole('button', { name: 'Create customer' }).click();
      await form.getByRole('alert').waitFor();
      await axeFailures(`${scheme} new-customer form with errors`, failures);
      if (scheme === 'light') await saveScreenshot(page, 'customers-form-errors');
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'hidden' });

      await search().fill(CUSTOMER);
      await listbox().getByRole('option').filter({ hasText: CUSTOMER }).click();
      await details().getByRole('heading', { level: 2, name: CUSTOMER }).waitFor();
    }
    expect(failures).toEqual({});
  });

  it('stays responsive on the demo data set: a window of rows, quick search and scrolling', async () => {
    await search().fill('');
    await expect.poll(countText).toMatch(/customers$/);
    const total = Number((await countText())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(200);
    expect(await listbox().getByRole('option').count()).toBeLessThan(30);

    // Keystroke to result on screen, measured in the page.
    await search().focus();
    const searchMs = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      const status = () => input.closest('section')!.querySelector('[role="status"]')!.textContent ?? '';
      const start = performance.now();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'hosp');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (!/match/.test(status())) await new Promise((r) => setTimeout(r, 5));
      return performance.now() - start;
    });
    // End jumps to the last row: the page holding it is read and rendered.
    await search().fill('');
    await expect.poll(countText).toMatch(/customers$/);
    await expect.poll(() => listbox().getAttribute('aria-busy')).toBeNull();
    await listbox().focus();
    const started = Date.now();
    await page.keyboard.press('End');
    await listbox().locator(`[aria-posinset="${total}"]:not([aria-busy])`).waitFor();
    const endMs = Date.now() - started;
    expect(await listbox().getByRole('option').count()).toBeLessThan(30);
    console.info(`directory on ${total} customers: search to results ${searchMs.toFixed(0)} ms, End to last row ${endMs} ms`);
    expect(searchMs).toBeLessThan(1500);
    expect(endMs).toBeLessThan(3000);
    expect(pageErrors).toEqual([]);
  });
});

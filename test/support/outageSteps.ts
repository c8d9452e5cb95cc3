// What an outage day asks of the briefing author and the liaison, as page steps for end-to-end tests:
// start an event and activate it for everyone, publish a briefing version through the draft page,
// find a customer in the outreach list from the keyboard, log the call the app prefilled, and export
// the ICS 214 as a PDF download. Located by role and label only.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { signInAsDemo } from './signIn';

export type SignedInPage = { page: Page; errors: string[] };

/** The device's time zone, so that times typed into the browser's date-time fields mean the same here. */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A new browser profile (a new device) signed in as a demo account, its page errors collected. */
export async function openSignedIn(browser: Browser, url: string, who: string): Promise<SignedInPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', timezoneId: TIME_ZONE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await signInAsDemo(page, who);
  return { page, errors };
}

export const activeEventIndicator = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Active event:/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Waits until the header says the device works under this event (after sync, for other devices). */
export async function waitForActiveEvent(page: Page, eventName: string, timeout = 60_000): Promise<void> {
  await expect.poll(() => activeEventIndicator(page).textContent(), { timeout }).toContain(eventName);
}

/**
 * As a briefing author, from the Log page's Events link: creates the event, then switches to it, which
 * closes the event active until now (one is active at a time) for every device.
 */
export async function startEvent(page: Page, eventName: string): Promise<void> {
  await page.keyboard.press('Control+2');
  await expect.poll(() => heading(page)).toBe('Log');
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  await expect.poll(() => heading(page)).toBe('Events');
  await page.getByRole('button', { name: 'New event' }).click();
  const create = page.getByRole('dialog', { name: 'New event' });
  await create.getByLabel('Event name').fill(eventName);
  await create.getByRole('button', { name: 'Create event' }).click();
  await create.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Events' }).getByRole('button', { name: `Switch to ${eventName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Switch to ${eventName}?` });
  await confirm.getByRole('button', { name: /^Close .* and activate$/ }).click();
  await confirm.waitFor({ state: 'hidden' });
  await waitForActiveEvent(page, eventName, 10_000);
}

export type AreaSpec = { serviceArea: string; customersOut: number; etrLocal: string };

/**
 * As a briefing author on Briefings (Ctrl+3): New version, then `fill` edits the draft, then Publish and
 * confirm. Ends back on Briefings reading the published version.
 */
export async function publishVersion(page: Page, version: number, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.keyboard.press('Control+3');
  await expect.poll(() => heading(page)).toBe('Briefings');
  await page.getByRole('button', { name: 'New version' }).click();
  await expect.poll(() => heading(page)).toBe(`New version ${version}`);
  await fill(page);
  await page.getByRole('button', { name: `Publish version ${version}` }).click();
  const confirm = page.getByRole('dialog', { name: `Publish version ${version}?` });
  await confirm.getByRole('button', { name: `Publish version ${version}` }).click();
  await expect.poll(() => heading(page)).toBe('Briefings');
  await page.getByRole('heading', { level: 2, name: `Version ${version}` }).waitFor();
}

/** On the draft page: the totals and one area row, typed as the author would. */
export async function fillFirstVersion(page: Page, area: AreaSpec): Promise<void> {
  await page.getByRole('textbox', { name: 'Customers affected' }).fill(String(area.customersOut));
  await page.getByRole('textbox', { name: 'Customers restored' }).fill('0');
  await page.getByRole('button', { name: 'Add area' }).click();
  await page.getByRole('textbox', { name: 'Service area, row 1' }).fill(area.serviceArea);
  await page.getByRole('textbox', { name: 'Customers out, row 1' }).fill(String(area.customersOut));
  await page.getByLabel('ETR, row 1').fill(area.etrLocal);
}

/** On the draft page of a later version (it starts from the current one): moves the first area's ETR. */
export async function moveFirstAreaEtr(page: Page, area: AreaSpec): Promise<void> {
  expect(await page.getByRole('textbox', { name: 'Service area, row 1' }).inputValue()).toBe(area.serviceArea);
  await page.getByLabel('ETR, row 1').fill(area.etrLocal);
}

export const outreachList = (page: Page) => page.getByRole('listbox', { name: 'Customers to contact' });
export const outreachOption = (page: Page, customerName: string) => outreachList(page).getByRole('option').filter({ hasText: customerName });

/** Outreach (Ctrl+4), the active event's list, based on this briefing version. */
export async function openOutreach(page: Page, briefingVersion: number): Promise<void> {
  await page.keyboard.press('Control+4');
  await expect.poll(() => heading(page)).toBe('Outreach');
  await page.getByText(new RegExp(`areas and ETRs per briefing v${briefingVersion}\\b`)).waitFor({ timeout: 20_000 });
}

/**
 * In the outreach listbox, moves the highlight with the arrow keys (from the top) until it is on the
 * customer: the list is virtualized, so a customer far down is not in the page until it is reached.
 */
export async function highlightOutreachCustomer(page: Page, customerName: string): Promise<void> {
  const list = outreachList(page);
  await list.focus();
  await page.keyboard.press('Home');
  const highlighted = list.getByRole('option', { selected: true });
  const count = Number(await list.getByRole('option').first().getAttribute('aria-setsize'));
  for (let position = 1; position <= count; position++) {
    await expect.poll(() => highlighted.getAttribute('aria-posinset')).toBe(String(position));
    if ((await highlighted.textContent())?.includes(customerName)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${customerName} is not in the outreach list (${count} customers)`);
}

export const quickEntry = (page: Page) => page.getByRole('region', { name: 'Log a call' });
export const timelineEntry = (page: Page, text: string) =>
  page.getByRole('region', { name: 'Log timeline' }).getByRole('article').filter({ hasText: text });

/**
 * The quick-entry bar as a prefilled call left it: customer, "ETR given" with the ETR quoted from the
 * briefing version, outcome reached. Returns the prefilled summary.
 */
export async function expectPrefilledEtrCall(page: Page, customerName: string, etrLocal: string, briefingVersion: number): Promise<string> {
  const bar = quickEntry(page);
  await expect.poll(() => bar.getByLabel('Customer', { exact: true }).inputValue()).toBe(customerName);
  expect(await bar.getByLabel('Category').inputValue()).toBe('etr_given');
  expect(await bar.getByLabel(/^ETR given/).inputValue()).toBe(etrLocal);
  expect(await bar.getByLabel(`Per briefing v${briefingVersion}`).isChecked()).toBe(true);
  expect(await bar.getByLabel('Outcome').inputValue()).toBe('reached');
  return bar.getByLabel('Summary').inputValue();
}

/** Logs what the quick-entry bar holds, then finds it in the timeline (the bar may sit over follow-ups). */
export async function logQuickEntry(page: Page, summary: string): Promise<void> {
  await quickEntry(page).getByRole('button', { name: 'Log entry' }).click();
  await quickEntry(page).getByRole('status').filter({ hasText: summary }).waitFor();
  await page.getByRole('navigation', { name: 'Log views' }).getByRole('link', { name: 'Timeline' }).click();
  await timelineEntry(page, summary).waitFor();
}

/**
 * Log (Ctrl+2) → Export ICS 214 → Save PDF for the current operational period of the active event, as
 * this device's user; the web build downloads it. Returns the downloaded file's path.
 */
export async function downloadIcs214Pdf(page: Page, entries: number): Promise<string> {
  await page.keyboard.press('Control+2');
  await expect.poll(() => heading(page)).toBe('Log');
  await page.getByRole('button', { name: 'Export ICS 214' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export ICS 214 activity log' });
  await dialog.getByLabel('Operational period').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ICS-214-.*-OP1-.*\.pdf$/);
  await dialog.getByRole('status').filter({ hasText: `${entries} log entries exported.` }).waitFor();
  const path = await download.path();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return path;
}

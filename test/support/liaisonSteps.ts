// What a liaison does in a day, as page steps for end-to-end tests: create a customer with contacts,
// log a call with a follow-up, correct it, find the customer again. Driven from the keyboard (focus
// moves with Tab and shortcuts, text is typed), so the same steps prove keyboard-only use.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type ContactSpec = { name: string; role: string; phone: string };
export type CustomerSpec = { name: string; account: string; premise: string; address: string; feeder: string; contacts: [ContactSpec, ContactSpec] };

export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until the element has focus (fails after `limit` presses). */
export async function tabTo(page: Page, target: Locator, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? (el && 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : null) ?? el?.textContent ?? '';
  });
  throw new Error(`Tab did not reach the element in ${limit} presses (focus is on "${focused}")`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

export const customerDetails = (page: Page) => page.getByRole('region', { name: 'Customer details' });
const directory = (page: Page) => page.getByRole('region', { name: 'Customer directory' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Log timeline' });
export const logEntry = (page: Page, text: string) => timeline(page).getByRole('article').filter({ hasText: text });

/** The contact names on the open customer page, in escalation order. */
export function contactOrder(page: Page): Promise<string[]> {
  const items = customerDetails(page).getByRole('list', { name: 'Contacts in escalation order' }).locator(':scope > li');
  return items.evaluateAll((lis) => lis.map((li) => li.querySelector('span[class*="mantine-Text"]')?.textContent ?? ''));
}

/** Ctrl+1, then waits until the directory shows its count (the page is ready for its shortcuts). */
/** Ctrl+1, then waits for focus on the page heading: the shell moves it there in an effect that runs after
 *  the section's own (its `/` and Alt+N shortcuts), and Chromium may deliver the next key press before
 *  React has run the effects of a navigation it already painted. */
async function goToCustomers(page: Page) {
  await page.keyboard.press('Control+1');
  const heading = page.getByRole('heading', { level: 1, name: 'Customers' });
  await heading.waitFor();
  await expect.poll(() => isFocused(heading)).toBe(true);
  await directory(page).getByRole('status').first().waitFor();
}

/** Alt+N on Customers: the customer form, then its first contact and a second ("Save and add another"). */
export async function createCustomerWithContacts(page: Page, customer: CustomerSpec): Promise<void> {
  await goToCustomers(page);
  await page.keyboard.press('Alt+n');
  const form = page.getByRole('dialog', { name: 'New customer' });
  await form.waitFor();
  await expect.poll(() => isFocused(form.getByLabel('Customer name'))).toBe(true);
  await page.keyboard.type(customer.name);
  await typeInto(page, form.getByLabel('Account number'), customer.account);
  await typeInto(page, form.getByLabel('Premise id'), customer.premise);
  await typeInto(page, form.getByLabel('Priority tier'), 'Life');
  await typeInto(page, form.getByLabel('Facility type'), 'Hosp');
  await typeInto(page, form.getByLabel('Address', { exact: false }), customer.address);
  await typeInto(page, form.getByLabel('Feeder / circuit'), customer.feeder);
  await page.keyboard.press('Control+Enter');

  const contactForm = page.getByRole('dialog', { name: `Add a contact to ${customer.name}` });
  await contactForm.waitFor();
  for (const [i, contact] of customer.contacts.entries()) {
    await expect.poll(() => isFocused(contactForm.getByLabel('Contact name'))).toBe(true);
    await page.keyboard.type(contact.name);
    await typeInto(page, contactForm.getByLabel('Role'), contact.role);
    await typeInto(page, contactForm.getByLabel('Number'), contact.phone);
    if (i === 0) {
      await tabTo(page, contactForm.getByRole('button', { name: 'Save and add another' }));
      await page.keyboard.press('Enter');
      await contactForm.getByText(`Saved ${contact.name}.`).waitFor();
    } else {
      await page.keyboard.press('Control+Enter');
    }
  }
  await contactForm.waitFor({ state: 'hidden' });
  await customerDetails(page).getByRole('heading', { level: 2, name: customer.name }).waitFor();
  await expect.poll(() => contactOrder(page)).toEqual(customer.contacts.map((c) => c.name));
}

/** Ctrl+L from anywhere: picks the customer by typing and its first contact, logs a commitment with a follow-up. */
export async function logCallWithFollowUp(page: Page, customerName: string, summary: string): Promise<void> {
  const bar = page.getByRole('region', { name: 'Log a call' });
  await page.keyboard.press('Control+l');
  await expect.poll(() => isFocused(bar.getByLabel('Customer', { exact: true }))).toBe(true);
  await page.keyboard.type(customerName);
  await page.getByRole('listbox', { name: 'Customer matches' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => isFocused(bar.getByLabel('Contact'))).toBe(true);
  await page.keyboard.press('ArrowDown'); // the first contact in escalation order
  await page.keyboard.press('Tab'); // channel: phone
  await page.keyboard.press('Tab'); // direction: outbound
  await page.keyboard.press('Tab');
  await page.keyboard.type('c'); // category: Commitment
  await page.keyboard.press('Tab');
  await page.keyboard.type(summary);
  await page.keyboard.press('Tab'); // significant
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // follow-up: owner and due are suggested
  await expect.poll(() => bar.getByLabel('Follow-up owner').inputValue()).not.toBe('');
  await page.keyboard.press('Enter');
  await logEntry(page, summary).waitFor();
  expect(await logEntry(page, summary).textContent()).toMatch(/Follow-up: .+, due/);
}

/** Corrects a logged entry from its "Correct" button: a new entry that points back at the original. */
export async function correctEntry(page: Page, summary: string, corrected: string): Promise<void> {
  await logEntry(page, summary).getByRole('button', { name: /^Correct the entry/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Correct a log entry' });
  await dialog.waitFor();
  await expect.poll(() => dialog.getByLabel('Summary').inputValue()).toBe(summary);
  await dialog.getByLabel('Summary').fill(corrected);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await expectCorrected(page, summary, corrected);
}

export async function expectCorrected(page: Page, summary: string, corrected: string): Promise<void> {
  await logEntry(page, corrected).waitFor();
  expect(await logEntry(page, corrected).textContent()).toContain('Correction of');
  expect(await logEntry(page, summary).filter({ hasNotText: corrected }).textContent()).toContain('Corrected by');
}

/** Types a search on Customers ("/" focuses it) and waits for the customer among the matches. */
export async function findCustomer(page: Page, query: string, customerName: string): Promise<Locator> {
  await goToCustomers(page);
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await expect.poll(() => isFocused(search)).toBe(true);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(query);
  const hit = directory(page).getByRole('listbox', { name: 'Customers' }).getByRole('option').filter({ hasText: customerName });
  await hit.waitFor();
  return hit;
}

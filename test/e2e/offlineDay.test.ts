// A liaison's work in a real Chromium, first online and then with the network cut, as the issue's
// acceptance reads: create a customer with two contacts, log a call with a follow-up, correct it, find
// the customer by a fragment of a contact's name and by phone digits without punctuation, reload and see
// everything; then offline, all of it again (the reload is served by the web build's service worker).
// Back online, everything done offline reaches the server. Needs `npx vite build` first.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '../../shared/api/sync';
import { launchBrowser, saveScreenshot } from '../support/browser';
import {
  contactOrder, correctEntry, createCustomerWithContacts, customerDetails, expectCorrected, findCustomer, logCallWithFollowUp, logEntry,
} from '../support/liaisonSteps';
import type { CustomerSpec } from '../support/liaisonSteps';
import { startBuiltServer } from '../support/serverProcess';
import { apiSignIn, demoAccount, signInAsDemo, waitUntilSynced } from '../support/signIn';
import type { BuiltServer } from '../support/serverProcess';

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const stamp = Date.now().toString(36).slice(-5);

type Round = { customer: CustomerSpec; call: string; corrected: string; nameFragment: string; phoneDigits: string };
const online: Round = {
  customer: {
    name: `Harbor View Medical Center ${stamp}`, account: '7100-200-301', premise: 'PR7100301', address: '12 Harbor Way, Lakeport', feeder: 'FDR-3101',
    contacts: [{ name: 'Priya Ostrowski', role: 'Facilities director', phone: '(415) 555-0142' }, { name: 'Tomas Ferreira', role: 'Plant engineer', phone: '628.555.0188' }],
  },
  call: `Promised a generator fuel check by noon ${stamp}`,
  corrected: `Promised a generator fuel check by 11:00 ${stamp}`,
  nameFragment: 'ostrow', phoneDigits: '6285550188',
};
const offline: Round = {
  customer: {
    name: `Lakeport Water Treatment ${stamp}`, account: '7100-200-302', premise: 'PR7100302', address: '900 Intake Rd, Lakeport', feeder: 'FDR-3102',
    contacts: [{ name: 'Greta Vanderhoeven', role: 'Plant superintendent', phone: '+1 (510) 555-0163' }, { name: 'Samuel Okonkwo', role: 'Chief operator', phone: '510-555-0119' }],
  },
  call: `Confirmed high-service pumps on backup ${stamp}`,
  corrected: `Confirmed high-service pumps and clearwell on backup ${stamp}`,
  nameFragment: 'vanderh', phoneDigits: '5105550119',
};

const syncButton = () => page.getByRole('banner').getByRole('button', { name: /^Sync status:/ });

/** Everything one round created, as it must look on the customer page, in search and in the log. */
async function expectRound(round: Round) {
  const hit = await findCustomer(page, round.nameFragment, round.customer.name);
  expect(await hit.textContent()).toContain(`Matched contact: ${round.customer.contacts[0].name} · name`);
  await findCustomer(page, round.phoneDigits, round.customer.name);
  await page.keyboard.press('Enter');
  await customerDetails(page).getByRole('heading', { level: 2, name: round.customer.name }).waitFor();
  await expect.poll(() => contactOrder(page)).toEqual(round.customer.contacts.map((c) => c.name));
  for (const text of [round.customer.account, round.customer.address, round.customer.feeder, round.customer.contacts[1].role]) {
    expect(await customerDetails(page).getByText(text).count(), text).toBeGreaterThan(0);
  }
  await page.keyboard.press('Control+2');
  await expectCorrected(page, round.call, round.corrected);
  await page.getByRole('link', { name: /^Follow-ups/ }).click();
  await page.getByRole('row').filter({ hasText: round.corrected }).waitFor();
  await page.getByRole('link', { name: 'Timeline' }).click();
}

async function workRound(round: Round) {
  await createCustomerWithContacts(page, round.customer);
  await logCallWithFollowUp(page, round.customer.name, round.call);
  await correctEntry(page, round.call, round.corrected);
  await expectRound(round);
}

describe('a liaison works online, then offline', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBuiltServer({ timeoutMs: 120_000 }), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await signInAsDemo(page);
    // The web build's offline shell is in place before the network goes.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('creates, logs, corrects and finds online, and sees it all after a reload', async () => {
    await workRound(online);
    await page.reload();
    await waitUntilSynced(page);
    await expectRound(online);
  });

  it('does it all again with no network, reload included', async () => {
    await context.setOffline(true);
    await expect.poll(() => syncButton().getAttribute('aria-label')).toMatch(/^Sync status: offline/);
    await workRound(offline);
    await page.reload();
    await expect.poll(() => syncButton().getAttribute('aria-label')).toMatch(/^Sync status: offline/);
    await expectRound(offline);
    await expectRound(online);
    expect(await syncButton().getAttribute('aria-label')).toMatch(/changes? waiting/);
    await logEntry(page, offline.corrected).waitFor();
    await saveScreenshot(page, 'offline-day');
    expect(pageErrors).toEqual([]);
  });

  it('back online, sends everything done offline to the server', async () => {
    await context.setOffline(false);
    await waitUntilSynced(page);
    const { token } = await apiSignIn(server.url, demoAccount('engineer').email);
    const records: { entity: string; record?: { [key: string]: unknown } }[] = [];
    for (let cursor: string | undefined; ; ) {
      const response = await fetch(`${server.url}/api/sync/pull?limit=5000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const pulled = pullResponseSchema.parse(await response.json());
      records.push(...pulled.changes);
      if (!pulled.hasMore) break;
      cursor = pulled.cursor;
    }
    const names = (entity: string, key: string) => records.filter((c) => c.entity === entity).map((c) => c.record?.[key]);
    expect(names('customer', 'name')).toEqual(expect.arrayContaining([online.customer.name, offline.customer.name]));
    expect(names('contact', 'name')).toEqual(expect.arrayContaining(offline.customer.contacts.map((c) => c.name)));
    expect(names('logEntry', 'summary')).toEqual(expect.arrayContaining([offline.call, offline.corrected]));
    await expect.poll(() => logEntry(page, offline.corrected).count()).toBe(1);
  });
});

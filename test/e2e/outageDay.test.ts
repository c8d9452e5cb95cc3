// Issue 5's acceptance as one outage day, in a real Chromium against the built server (demo data), on
// two devices: the briefing author starts a new event and publishes version 1 of its briefing through
// the draft page, with one service area out and an ETR; the liaison, online under the same event, finds
// a life-safety hospital of that area in Outreach and logs an "ETR given" quoting version 1 (the call
// Outreach prefills, outcome reached). The author publishes version 2, moving the area's ETR by 3 hours:
// without a reload the hospital's callback reaches the liaison's outreach view and follow-ups (live
// sync); the liaison logs the callback prefilled with the new ETR and it closes. Finally the liaison's
// ICS 214 for the operational period downloads as a PDF whose text holds every block of the form, the
// incident name and both entries. No page errors; axe finds nothing serious on Outreach with the
// callback showing, which is also screenshotted. Needs `npx vite build` first.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalInput } from '../../renderer/format/localInput';
import { generateDataset } from '../../shared/demo/generateDataset';
import { launchBrowser, saveScreenshot, seriousAxeViolations } from '../support/browser';
import {
  downloadIcs214Pdf, expectPrefilledEtrCall, fillFirstVersion, highlightOutreachCustomer, logQuickEntry, moveFirstAreaEtr, openOutreach,
  openSignedIn, outreachOption, publishVersion, quickEntry, startEvent, timelineEntry, waitForActiveEvent,
} from '../support/outageSteps';
import type { AreaSpec, SignedInPage } from '../support/outageSteps';
import { pdfText } from '../support/pdfText';
import { startBuiltServer } from '../support/serverProcess';
import type { BuiltServer } from '../support/serverProcess';
import { demoAccount, waitUntilSynced } from '../support/signIn';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const stamp = Date.now().toString(36).slice(-5);
const EVENT = `Derecho Northside ${stamp}`;

// The server seeds the same deterministic directory: a hospital with a unique name, and its area.
const demo = generateDataset({ now: Date.now() });
const hospital = demo.customers.find((c) => c.facilityType === 'hospital' && demo.customers.filter((o) => o.name === c.name).length === 1)!;
const etrV1 = Math.ceil((Date.now() + 6 * HOUR) / MINUTE) * MINUTE;
const area: AreaSpec = { serviceArea: hospital.servicePoints[0]!.serviceArea, customersOut: 4_200, etrLocal: toLocalInput(etrV1) };
const movedArea: AreaSpec = { ...area, etrLocal: toLocalInput(etrV1 + 3 * HOUR) };

let server: BuiltServer;
let browser: Browser;
let author: SignedInPage;
let liaison: SignedInPage;
const summaries: { etrGiven?: string; callback?: string } = {};

const page = () => liaison.page;
const hospitalRow = () => outreachOption(page(), hospital.name);
const totals = (label: string) => page().getByText(new RegExp(`^${label}:`)).textContent();
const callbacksSection = (on: Page) => on.getByRole('region', { name: /^ETR callbacks/ });

async function openFollowUps(on: Page) {
  await on.keyboard.press('Control+2');
  await on.getByRole('link', { name: /^Follow-ups/ }).click();
  await expect.poll(() => new URL(on.url()).hash).toBe('#/log/follow-ups');
}

describe('an outage day: briefing, outreach, ETR callback and ICS 214', () => {
  beforeAll(async () => {
    expect(hospital).toBeDefined();
    [server, browser] = await Promise.all([startBuiltServer({ timeoutMs: 120_000 }), launchBrowser()]);
    // One after the other: two first syncs at once compete for a small machine's cores.
    author = await openSignedIn(browser, server.url, demoAccount('briefing_author').name);
    liaison = await openSignedIn(browser, server.url, demoAccount('liaison').name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the author starts a new event and publishes version 1 with the hospital\'s area out', async () => {
    await waitForActiveEvent(author.page, 'Winter Storm', 90_000);
    await startEvent(author.page, EVENT);
    await publishVersion(author.page, 1, (p) => fillFirstVersion(p, area));
    const areas = author.page.getByRole('table', { name: 'Areas in version 1' });
    expect(await areas.getByRole('row', { name: new RegExp(area.serviceArea) }).textContent()).toContain('4,200');
    await waitUntilSynced(author.page);
  });

  it('the liaison, under the same event, logs an "ETR given" to the hospital quoting version 1', async () => {
    await waitForActiveEvent(page(), EVENT);
    await openOutreach(page(), 1);
    await highlightOutreachCustomer(page(), hospital.name);
    expect(await hospitalRow().textContent()).toContain('Not started');
    expect(await hospitalRow().textContent()).toContain(area.serviceArea);
    await page().keyboard.press('Enter'); // Log call: prefills the quick-entry bar and goes to the log
    await expect.poll(() => new URL(page().url()).hash).toBe('#/log');
    summaries.etrGiven = await expectPrefilledEtrCall(page(), hospital.name, area.etrLocal, 1);
    expect(summaries.etrGiven).toMatch(/^Outreach call: restoration expected .* per briefing v1\.$/);
    await logQuickEntry(page(), summaries.etrGiven);
    expect(await timelineEntry(page(), summaries.etrGiven).textContent()).toContain(hospital.name);

    await openOutreach(page(), 1);
    await expect.poll(() => hospitalRow().textContent()).toContain('Reached');
    expect(await hospitalRow().textContent()).not.toContain('Callback');
    expect(await totals('Callbacks due')).toBe('Callbacks due: 0');
    await waitUntilSynced(page());
  });

  it('version 2 moves the ETR by 3 hours: the callback reaches the liaison\'s outreach view without a reload', async () => {
    // A mark on the page's window: a reload would lose it.
    await page().evaluate(() => Object.assign(window, { outageDayMark: true }));
    await publishVersion(author.page, 2, (p) => moveFirstAreaEtr(p, movedArea));
    const published = Date.now();

    await page().getByText(/areas and ETRs per briefing v2\b/).waitFor({ timeout: 15_000 });
    await expect.poll(() => hospitalRow().textContent(), { timeout: 15_000 }).toContain('Callback: ETR moved');
    console.log(`callback on the liaison's outreach view ${Date.now() - published} ms after version 2 was published`);
    expect(await totals('Callbacks due')).toBe('Callbacks due: 1');
    expect(await page().evaluate(() => 'outageDayMark' in window)).toBe(true);
    expect(await seriousAxeViolations(page())).toEqual([]);
    await page().mouse.move(0, 790);
    await saveScreenshot(page(), 'outage-day-callback');

    await page().getByRole('link', { name: 'ETR ledger' }).click();
    const ledger = page().getByRole('table', { name: 'ETR ledger' });
    const promise = ledger.getByRole('row').filter({ hasText: hospital.name });
    await expect.poll(() => promise.textContent()).toContain('Callback due');
    expect(await promise.textContent()).toContain('Briefing v1');
  });

  it('the liaison logs the callback prefilled with the new ETR, and the callback closes', async () => {
    await openFollowUps(page());
    const section = callbacksSection(page());
    await section.getByRole('row').filter({ hasText: hospital.name }).waitFor();
    await section.getByRole('button', { name: `Call back ${hospital.name} with the new ETR` }).click();
    summaries.callback = await expectPrefilledEtrCall(page(), hospital.name, movedArea.etrLocal, 2);
    expect(summaries.callback).toMatch(/^ETR callback: restoration now expected .* \(was .*\) per briefing v2\.$/);
    await logQuickEntry(page(), summaries.callback);
    expect(await quickEntry(page()).getByLabel('Summary').inputValue()).toBe('');

    await openFollowUps(page());
    await expect.poll(() => callbacksSection(page()).count()).toBe(0);
    await openOutreach(page(), 2);
    await expect.poll(() => totals('Callbacks due')).toBe('Callbacks due: 0');
    await highlightOutreachCustomer(page(), hospital.name);
    expect(await hospitalRow().textContent()).not.toContain('Callback');
    expect(await hospitalRow().textContent()).toContain('Reached');
    await page().getByRole('link', { name: 'ETR ledger' }).click();
    const statuses = page().getByRole('table', { name: 'ETR ledger' }).getByRole('row').filter({ hasText: hospital.name });
    await expect.poll(() => statuses.allTextContents()).toEqual([
      expect.stringMatching(/Briefing v2.*Standing/),
      expect.stringMatching(/Briefing v1.*Called back/),
    ]);
    await waitUntilSynced(page());
  });

  it('the liaison\'s ICS 214 for the period, as PDF, has every block of the form and both entries', async () => {
    const path = await downloadIcs214Pdf(page(), 2);
    const { text } = await pdfText(path);
    for (const block of [
      'ACTIVITY LOG (ICS 214)', '1. Incident Name:', '2. Operational Period:', '3. Name:', '4. ICS Position:', '5. Home Agency (and Unit):',
      '6. Resources Assigned:', '7. Activity Log:', 'Date/Time', 'Notable Activities', '8. Prepared by: Name:', 'Position/Title:', 'Signature:',
    ]) {
      expect(text, block).toContain(block);
    }
    expect(text).toContain(EVENT);
    expect(text).toContain(demoAccount('liaison').name);
    expect(text).toContain(summaries.etrGiven);
    expect(text).toContain(summaries.callback);
    expect(text.indexOf(summaries.etrGiven!)).toBeLessThan(text.indexOf(summaries.callback!));
  });

  it('had no page errors on either device', () => {
    expect(author.errors).toEqual([]);
    expect(liaison.errors).toEqual([]);
  });
});

// Sync in a real Chromium against the built server, as two liaisons on two devices (browser contexts):
// one goes offline, logs calls and edits a contact while the other edits the same field; back online
// both converge, the losing value is shown as a conflict and restored in one click, and a briefing
// published by an author reaches a connected liaison's screen within 2 seconds without a reload.
// Needs `npx vite build` first.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema } from '../../shared/api/sync';
import { encodeHlc } from '../../shared/clock/hlc';
import { launchBrowser, saveScreenshot, seriousAxeViolations } from '../support/browser';
import { startBuiltServer } from '../support/serverProcess';
import type { BuiltServer } from '../support/serverProcess';
import { apiSignIn, demoAccount, signInAsDemo, signInWithPassword, waitUntilSynced } from '../support/signIn';

type Json = Record<string, unknown>;
type Device = { context: BrowserContext; page: Page; errors: string[] };

const SECOND = { email: 'lee.park@demo.liaisondesk.test', name: 'Lee Park', password: 'second-liaison-2025' };
const stamp = Date.now().toString(36);
const CALLS = [`Offline check-in at the plant ${stamp}`, `Generator fuel delivery confirmed ${stamp}`];
const ROLE_A = `Shift lead ${stamp}`;
const ROLE_B = `Operations chief ${stamp}`;

let server: BuiltServer;
let browser: Browser;
const devices: Device[] = [];
let records: Map<string, { entity: string; record: Json }>;
let customer: Json;
let contact: Json;

async function pullRecords(token: string) {
  const all = new Map<string, { entity: string; record: Json }>();
  let cursor = '';
  for (;;) {
    const response = await fetch(`${server.url}/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=5000`, { headers: { authorization: `Bearer ${token}` } });
    const page = pullResponseSchema.parse(await response.json());
    for (const change of page.changes) if ('record' in change) all.set(String(change.record.id), { entity: change.entity, record: change.record });
    cursor = page.cursor;
    if (!page.hasMore) return all;
  }
}

const ofEntity = (entity: string) => [...records.values()].filter((r) => r.entity === entity).map((r) => r.record);

async function openDevice(signIn: (page: Page) => Promise<unknown>): Promise<Device> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  const page = await context.newPage();
  const device = { context, page, errors: [] as string[] };
  page.on('pageerror', (error) => device.errors.push(error.message));
  await page.goto(server.url);
  await signIn(page);
  devices.push(device);
  return device;
}

const status = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Sync status:/ });
const contactCard = (page: Page) => page.getByRole('region', { name: /^Contacts/ });

async function editRole(page: Page, role: string) {
  await page.getByRole('button', { name: `Edit ${String(contact.name)}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${String(contact.name)}` });
  await dialog.getByLabel('Role').fill(role);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function logCall(page: Page, summary: string) {
  await page.keyboard.press('Control+l');
  const bar = page.getByRole('region', { name: 'Log a call' });
  await bar.getByLabel('Customer', { exact: true }).fill(String(customer.name));
  await page.getByRole('listbox', { name: 'Customer matches' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await bar.getByLabel('Summary').fill(summary);
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Log timeline' }).getByRole('article').filter({ hasText: summary }).waitFor();
}

describe('sync between devices in Chromium', () => {
  beforeAll(async () => {
    [server, browser] = await Promise.all([startBuiltServer(), launchBrowser()]);
    const admin = await apiSignIn(server.url, demoAccount('admin').email);
    const created = await fetch(`${server.url}/api/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...SECOND, role: 'liaison', scopeIds: ['region-metro'] }),
    });
    expect(created.status).toBe(201);
    records = await pullRecords(admin.token);
    const customers = ofEntity('customer');
    const contacts = ofEntity('contact').filter((c) => c.deletedAt === null);
    customer = customers.find((c) => customers.filter((o) => o.name === c.name).length === 1 && contacts.some((k) => k.customerId === c.id))!;
    contact = contacts.filter((k) => k.customerId === customer.id).sort((a, b) => Number(a.escalationOrder) - Number(b.escalationOrder))[0]!;
  });

  afterAll(async () => {
    for (const device of devices) expect(device.errors).toEqual([]);
    await browser?.close();
    await server?.stop();
  });

  it('asks to sign in, says what is wrong, and passes axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Sign in to Liaison Desk' }).waitFor();
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('Enter your email address').waitFor();
      await page.getByLabel('Email').fill(demoAccount('liaison').email);
      await page.getByLabel('Password', { exact: true }).fill('not the password');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
      await page.getByRole('region', { name: 'Demo accounts' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `sync-sign-in-${colorScheme}`);
      await context.close();
    }
  });

  it('converges after one device was offline, and shows the conflict so the losing value can be restored', async () => {
    const a = await openDevice((page) => signInAsDemo(page, 'liaison'));
    const b = await openDevice((page) => signInWithPassword(page, SECOND.email, SECOND.password));
    for (const { page } of [a, b]) {
      await page.goto(`${server.url}/#/customers/${String(customer.id)}`);
      await contactCard(page).waitFor();
    }

    await a.context.setOffline(true);
    await expect.poll(() => status(a.page).getAttribute('aria-label')).toMatch(/^Sync status: offline/);
    for (const call of CALLS) await logCall(a.page, call);
    await a.page.goto(`${server.url}/#/customers/${String(customer.id)}`);
    await editRole(a.page, ROLE_A);
    await expect.poll(() => status(a.page).textContent()).toBe('Offline · 3 pending');

    await editRole(b.page, ROLE_B);
    await waitUntilSynced(b.page);

    await a.context.setOffline(false);
    await waitUntilSynced(a.page);
    // The later edit (B's) wins on both devices; A's calls reach B without a reload.
    for (const { page } of [a, b]) await expect.poll(() => contactCard(page).textContent(), { timeout: 10_000 }).toContain(ROLE_B);
    await b.page.keyboard.press('Control+2');
    for (const call of CALLS) await b.page.getByRole('region', { name: 'Log timeline' }).getByRole('article').filter({ hasText: call }).waitFor({ timeout: 10_000 });

    await a.page.goto(`${server.url}/#/sync`);
    const conflict = a.page.getByRole('article').filter({ hasText: 'Role' }).filter({ hasText: ROLE_A });
    await conflict.waitFor({ timeout: 10_000 });
    const text = await conflict.textContent();
    expect(text).toContain(`Kept${ROLE_B}Lee Park`);
    expect(text).toContain(`Lost${ROLE_A}Dana Whitfield`);
    expect(await seriousAxeViolations(a.page)).toEqual([]);
    await saveScreenshot(a.page, 'sync-conflict');
    await a.page.getByRole('banner').getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await seriousAxeViolations(a.page)).toEqual([]);
    await saveScreenshot(a.page, 'sync-conflict-dark');
    await a.page.getByRole('banner').getByRole('button', { name: 'Switch to light theme' }).click();

    await conflict.getByRole('button', { name: `Restore this value: ${ROLE_A}` }).click();
    await b.page.goto(`${server.url}/#/customers/${String(customer.id)}`);
    await expect.poll(() => contactCard(b.page).textContent(), { timeout: 10_000 }).toContain(ROLE_A);
    await a.page.getByText('No conflicts.', { exact: false }).waitFor({ timeout: 10_000 });
    await waitUntilSynced(a.page);
  });

  it('shows a briefing an author publishes on a connected liaison\'s screen within 2 seconds', async () => {
    const liaison = devices[0]!.page;
    await liaison.keyboard.press('Control+3');
    const storm = ofEntity('event').find((e) => e.status === 'active')!;
    const current = ofEntity('briefing').filter((b) => b.eventId === storm.id).sort((x, y) => Number(y.version) - Number(x.version))[0]!;
    await liaison.getByRole('heading', { level: 2, name: `Version ${Number(current.version)}` }).waitFor({ timeout: 10_000 });

    const author = await apiSignIn(server.url, demoAccount('briefing_author').email);
    const clientId = uuidv7();
    const id = uuidv7();
    const now = new Date().toISOString();
    const { id: _id, version: _v, status: _s, issuedAt: _i, issuedBy: _b, createdAt: _c, updatedAt: _u, updatedBy: _ub, ...content } = current;
    const record = { ...content, id, createdAt: now, updatedAt: now, updatedBy: author.user.id, deletedAt: null, version: 1, status: 'published', issuedAt: null, issuedBy: null, asOf: now, customersRestored: Number(current.customersRestored) + 1000 };
    const mutation = { clientId, seq: 1, mutationId: uuidv7(), entity: 'briefing', recordId: id, op: 'insert', patch: record, base: {}, hlc: encodeHlc({ ms: Date.now(), counter: 0, node: clientId }), at: now };
    const response = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${author.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, mutations: [mutation] }),
    });
    const published = Date.now();
    expect(pushResponseSchema.parse(await response.json()).results[0]).toMatchObject({ status: 'applied' });
    await liaison.getByRole('heading', { level: 2, name: `Version ${Number(current.version) + 1}` }).waitFor({ timeout: 2_000 });
    const elapsed = Date.now() - published;
    console.log(`briefing visible on the liaison's screen ${elapsed} ms after it was published`);
    expect(elapsed).toBeLessThan(2_000);
    await saveScreenshot(liaison, 'sync-briefing-arrived');
  });
});

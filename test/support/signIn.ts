// Signing in as end-to-end tests do it: through the sign-in screen, as a demo account (one click) or
// with an email and password, then waiting until the first sync has brought the data in. Also a
// node-side sign-in for tests that set things up through the API.
import type { Page } from 'playwright-core';
import { signInResponseSchema } from '../../shared/api/auth';
import type { SignInResponse } from '../../shared/api/auth';
import { DEMO_PASSWORD, demoAccounts } from '../../shared/demo/demoAccounts';
import type { DemoAccount } from '../../shared/demo/demoAccounts';
import type { UserRole } from '../../shared/domain/localProfile';

/** The demo account with this role (the first, if several) or this name. */
export const demoAccount = (who: UserRole | string): DemoAccount => {
  const account = demoAccounts.find((a) => a.role === who) ?? demoAccounts.find((a) => a.name === who);
  if (!account) throw new Error(`No demo account has the role or name ${who}`);
  return account;
};

/** Waits until the app bar says the data is up to date (the first sync of a new device included). */
export async function waitUntilSynced(page: Page, timeout = 60_000): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: /^Sync status: up to date/ }).waitFor({ timeout });
}

/**
 * On the sign-in screen (after `page.goto(server.url)`): one click on a demo account, chosen by role or
 * by name ('briefing_author' or 'Elena Vasquez'), then the first sync.
 */
export async function signInAsDemo(page: Page, who: UserRole | string = 'liaison'): Promise<DemoAccount> {
  const account = demoAccount(who);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${account.name},`) }).click({ timeout: 30_000 });
  await waitUntilSynced(page);
  return account;
}

/** On the sign-in screen: types the email and password like a user, then waits for the first sync. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitUntilSynced(page);
}

/** Signs in through the API (for setting things up from the test). */
export async function apiSignIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<SignInResponse> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, deviceName: 'end-to-end test setup' }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return signInResponseSchema.parse(await response.json());
}

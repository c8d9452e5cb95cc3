// The sign-in screen offers shared/demo's demo accounts; the server seeds its own list. They must agree.
import { expect, it } from 'vitest';
import { DEMO_PASSWORD as SERVER_PASSWORD, demoAccounts as serverAccounts } from '../../server/admin/demoSeed';
import { DEMO_PASSWORD, demoAccounts } from '../../shared/demo/demoAccounts';

it('offers on the sign-in screen exactly the demo accounts the server seeds', () => {
  expect(DEMO_PASSWORD).toBe(SERVER_PASSWORD);
  expect(demoAccounts).toEqual(serverAccounts);
});

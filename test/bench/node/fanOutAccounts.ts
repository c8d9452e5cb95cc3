// The fan-out benchmark's people, made as an administrator would: the demo admin signs in once through
// the API and creates each liaison (own email and password, the admin's region) through the admin API.
// The admin's session is also the writer's.
import { randomBytes } from 'node:crypto';
import { adminUserResponseSchema } from '../../../shared/api/admin';
import type { CreateUserRequest } from '../../../shared/api/admin';
import { DEMO_PASSWORD, demoAccounts } from '../../../shared/demo/demoAccounts';
import { requestJson, signIn } from '../../../renderer/sync/syncApi';
import { sessionFromSignIn } from '../../../renderer/sync/session';
import type { AccountRequest } from '../benchApi';

export interface FanOutAccounts {
  adminToken: string;
  regionId: string;
  liaisons: AccountRequest[];
}

export async function createFanOutAccounts(url: string, count: number): Promise<FanOutAccounts> {
  const transport = { baseUrl: () => url, fetch: (input: string, init?: RequestInit) => fetch(input, init) };
  const admin = demoAccounts.find((a) => a.role === 'admin');
  if (!admin) throw new Error('the demo organization has no admin');
  const session = sessionFromSignIn(await signIn(transport, { email: admin.email, password: DEMO_PASSWORD, deviceName: 'fan-out bench writer' }));
  const liaisons: AccountRequest[] = [];
  for (let i = 1; i <= count; i++) {
    const password = randomBytes(12).toString('base64url');
    const body: CreateUserRequest = { email: `fanout-${i}@bench.liaisondesk.test`, name: `Fan-out Liaison ${i}`, role: 'liaison', password, scopeIds: [session.regionId] };
    const { user } = await requestJson({ ...transport, token: () => session.token }, 'POST', '/api/admin/users', adminUserResponseSchema, body);
    liaisons.push({ email: user.email, password, deviceName: `fan-out bench client ${i}` });
  }
  return { adminToken: session.token, regionId: session.regionId, liaisons };
}

// Device sessions for the push-throughput benchmark, made by the server's own session code straight in
// its database (a bench setup step, no sign-in requests): 200 sign-ins would meet the sign-in rate
// limiter and cost 200 scrypt checks. Devices are dealt round-robin to the accounts the server has.
import { tmpdir } from 'node:os';
import { createSession } from '../../../server/auth/sessionStore';
import { openStorage } from '../../../server/db/storage';

export interface DeviceSession {
  token: string;
  userId: string;
  /** The user's first scope: where the device's records go. */
  scopeId: string;
}

export async function createDeviceSessions(databaseUrl: string, count: number): Promise<DeviceSession[]> {
  const storage = await openStorage({ dataDir: tmpdir(), databaseUrl });
  try {
    const users = await storage.db.selectFrom('users').select(['id', 'scope_ids']).where('disabled_at', 'is', null).orderBy('id').execute();
    if (users.length === 0) throw new Error('the server has no users to make sessions for');
    const sessions: DeviceSession[] = [];
    for (let i = 0; i < count; i++) {
      const user = users[i % users.length]!;
      const { token } = await createSession(storage.db, user.id, `push bench device ${i + 1}`, new Date());
      sessions.push({ token, userId: user.id, scopeId: user.scope_ids[0]! });
    }
    return sessions;
  } finally {
    await storage.close();
  }
}

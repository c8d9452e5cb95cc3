import { describe, expect, it } from 'vitest';
import { dbNameFor, isExpired, parseStoredSession, profileOf, sessionFromSignIn } from './session';

const user = { id: 'user-liaison-01', email: 'dana@example.test', name: 'Dana Whitfield', role: 'liaison' as const, icsPosition: 'Agency Representative', homeAgency: 'Harlan County EOC' };
const signIn = {
  token: 'x'.repeat(43), user,
  scopes: [{ id: 'event-1', kind: 'event' as const, name: 'Storm', parentId: 'region-metro' }, { id: 'region-metro', kind: 'region' as const, name: 'Metro', parentId: null }],
  session: { id: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', deviceName: 'web', createdAt: '2025-01-15T12:00:00.000Z', expiresAt: '2025-02-14T12:00:00.000Z', lastUsedAt: '2025-01-15T12:00:00.000Z' },
};

describe('stored session', () => {
  it('keeps the token with the account and its first region', () => {
    const session = sessionFromSignIn(signIn);
    expect(session).toMatchObject({ regionId: 'region-metro', expiresAt: '2025-02-14T12:00:00.000Z', user });
    expect(parseStoredSession(JSON.stringify(session))).toEqual(session);
    expect(profileOf(session.user, session.regionId)).toEqual({ id: user.id, name: user.name, role: 'liaison', icsPosition: 'Agency Representative', homeAgency: 'Harlan County EOC', regionId: 'region-metro' });
  });

  it('treats unreadable or expired sessions as none', () => {
    expect(parseStoredSession('{"token":"short"}')).toBeNull();
    expect(parseStoredSession('not json')).toBeNull();
    const session = sessionFromSignIn(signIn);
    expect(isExpired(session, Date.parse('2025-02-14T12:00:00.000Z'))).toBe(true);
    expect(isExpired(session, Date.parse('2025-02-14T11:59:59.000Z'))).toBe(false);
  });

  it('gives each account its own database', () => {
    expect(dbNameFor('user-liaison-01')).toBe('liaison-desk-user-liaison-01');
  });
});

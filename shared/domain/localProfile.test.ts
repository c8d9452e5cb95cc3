import { describe, expect, it } from 'vitest';
import { canAuthorBriefings, userRoles } from './localProfile';

describe('roles', () => {
  it('let briefing authors and admins author briefings and manage events, nobody else', () => {
    expect(userRoles.filter(canAuthorBriefings)).toEqual(['briefing_author', 'admin']);
  });
});

// The signed-in user as this device knows them. Until accounts exist, a default profile is created on
// first run; `regionId` is the scope new customers and events belong to.
import { z } from 'zod';
import { choice, optionalText, requiredText } from './base';

export const userRoles = ['liaison', 'engineer', 'briefing_author', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

/** Who may write and publish briefings and start, activate and close events. The server refuses anyone
 *  else's changes; the renderer checks the same rule so it does not offer what would be refused. */
export const canAuthorBriefings = (role: UserRole): boolean => role === 'briefing_author' || role === 'admin';

export const localProfileSchema = z.object({
  id: requiredText('User id', 100),
  name: requiredText('Name', 200),
  role: choice(userRoles, 'Role').default('liaison'),
  icsPosition: optionalText('ICS position', 100),
  homeAgency: optionalText('Home agency', 200),
  regionId: requiredText('Region', 100).default('region-local'),
});
export type LocalProfile = z.output<typeof localProfileSchema>;
export type LocalProfileInput = z.input<typeof localProfileSchema>;

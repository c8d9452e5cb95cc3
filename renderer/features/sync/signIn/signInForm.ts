// The sign-in form's values and their validation (the email rule is the server's, from shared/api).
import { z } from 'zod';
import { emailSchema } from '../../../../shared/api/auth';
import { demoAccounts } from '../../../../shared/demo/demoAccounts';
import type { DemoAccount } from '../../../../shared/demo/demoAccounts';
import type { UserRole } from '../../../../shared/domain/localProfile';

export const signInFormSchema = z.object({
  email: z.string().trim().min(1, { error: 'Enter your email address' }).pipe(emailSchema),
  password: z.string().min(1, { error: 'Enter your password' }),
});
export type SignInFormValues = z.input<typeof signInFormSchema>;

export const roleLabels: Record<UserRole, string> = {
  liaison: 'Liaison',
  engineer: 'Customer engineer',
  briefing_author: 'Briefing author',
  admin: 'Administrator',
};

/** One line under a demo account's name: its role and, when it has one, where that person sits. */
export const describeDemoAccount = (account: DemoAccount): string =>
  [roleLabels[account.role], account.icsPosition, account.homeAgency].filter(Boolean).join(' · ');

export { demoAccounts };

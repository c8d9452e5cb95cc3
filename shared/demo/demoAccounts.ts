// The demo organization's accounts (one per role, one shared password), which a server started with
// DEMO_DATA creates (server/admin/demoSeed.ts seeds this list). The sign-in screen offers them for
// one-click sign-in when the server's health says it has demo data.
import type { UserRole } from '../domain/localProfile';

export const DEMO_PASSWORD = 'liaison-demo-2025';

export interface DemoAccount {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  icsPosition: string;
  homeAgency: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  { id: 'user-liaison-01', email: 'liaison@demo.liaisondesk.test', name: 'Dana Whitfield', role: 'liaison', icsPosition: 'Agency Representative', homeAgency: 'Harlan County EOC' },
  { id: 'user-engineer-01', email: 'engineer@demo.liaisondesk.test', name: 'Ravi Menon', role: 'engineer', icsPosition: 'Technical Specialist', homeAgency: '' },
  { id: 'user-author-01', email: 'author@demo.liaisondesk.test', name: 'Elena Vasquez', role: 'briefing_author', icsPosition: 'Public Information Officer', homeAgency: '' },
  { id: 'user-admin-01', email: 'admin@demo.liaisondesk.test', name: 'Sam Okafor', role: 'admin', icsPosition: '', homeAgency: '' },
];

// The five sections of the app in one list: navigation, keyboard shortcuts (mod+1..5), the command
// palette and the Settings shortcut table all read it, so they cannot drift apart.
import { IconAddressBook, IconBroadcast, IconNotebook, IconPhoneOutgoing, IconSettings } from '@tabler/icons-react';
import type { TablerIcon } from '@tabler/icons-react';

export interface Section {
  id: 'customers' | 'log' | 'briefings' | 'outreach' | 'settings';
  path: `/${string}`;
  label: string;
  /** One line for the command palette: what the section is for. */
  summary: string;
  icon: TablerIcon;
  /** Pressed together with Ctrl (Cmd on macOS). */
  hotkeyDigit: string;
  keywords: string[];
}

export const SECTIONS: readonly Section[] = [
  {
    id: 'customers',
    path: '/customers',
    label: 'Customers',
    summary: 'Critical-customer directory and 24/7 contacts',
    icon: IconAddressBook,
    hotkeyDigit: '1',
    keywords: ['directory', 'contacts', 'accounts', 'hospital', 'generator'],
  },
  {
    id: 'log',
    path: '/log',
    label: 'Log',
    summary: 'Liaison activity log (ICS 214)',
    icon: IconNotebook,
    hotkeyDigit: '2',
    keywords: ['activity', 'ics 214', 'entries', 'calls', 'commitments'],
  },
  {
    id: 'briefings',
    path: '/briefings',
    label: 'Briefings',
    summary: 'Restoration briefings and talking points',
    icon: IconBroadcast,
    hotkeyDigit: '3',
    keywords: ['restoration', 'etr', 'talking points', 'event'],
  },
  {
    id: 'outreach',
    path: '/outreach',
    label: 'Outreach',
    summary: 'Who to contact, ETR ledger and check-ins',
    icon: IconPhoneOutgoing,
    hotkeyDigit: '4',
    keywords: ['contact list', 'etr ledger', 'callbacks', 'check-in'],
  },
  {
    id: 'settings',
    path: '/settings',
    label: 'Settings',
    summary: 'Appearance and keyboard shortcuts',
    icon: IconSettings,
    hotkeyDigit: '5',
    keywords: ['preferences', 'theme', 'dark mode', 'shortcuts'],
  },
];

export const DEFAULT_SECTION_PATH = '/customers';

// The log's and events' entries in the command palette, and the global Ctrl/Cmd+L that focuses the
// quick-entry bar from anywhere (opening the log first when needed). Mounted once, by CommandPalette.
import { Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { IconCalendarEvent, IconCalendarPlus, IconChecklist, IconPhonePlus, IconSwitchHorizontal } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useShortcut } from '../../app/useShortcut';
import { useAppStore } from '../../store/appStore';
import { selectRequestQuickEntryFocus, selectSetEventSwitcherOpen } from '../../store/logSelectors';
import { CREATE_EVENT_STATE } from '../events/eventActions';
import { useCanManageEvents } from '../events/useCanManageEvents';

const ICON = { size: 18, stroke: 1.7, 'aria-hidden': true } as const;
const QUICK_ENTRY_KEY = 'L';

export function useLogCommands(): SpotlightActionGroupData {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const shortcut = useShortcut();
  const requestQuickEntryFocus = useAppStore(selectRequestQuickEntryFocus);
  const setEventSwitcherOpen = useAppStore(selectSetEventSwitcherOpen);
  const canManageEvents = useCanManageEvents();

  const logACall = useCallback(() => {
    requestQuickEntryFocus();
    if (pathname !== '/log' && !pathname.startsWith('/log/')) void navigate('/log');
  }, [navigate, pathname, requestQuickEntryFocus]);

  // Like the section shortcuts, this works while typing in a field (it never produces text).
  useHotkeys([[`mod+${QUICK_ENTRY_KEY.toLowerCase()}`, logACall]], []);

  return {
    group: 'Log and events',
    actions: [
      {
        id: 'log-a-call',
        label: 'Log a call',
        description: 'Focus the quick-entry bar of the liaison log',
        keywords: ['log', 'entry', 'call', 'contact', 'record', 'ics 214'],
        leftSection: <IconPhonePlus {...ICON} />,
        rightSection: <Kbd size="xs">{shortcut.label(QUICK_ENTRY_KEY)}</Kbd>,
        onClick: logACall,
      },
      {
        id: 'log-follow-ups',
        label: 'Follow-ups',
        description: 'Open, due and overdue follow-ups',
        keywords: ['follow up', 'callback', 'overdue', 'due'],
        leftSection: <IconChecklist {...ICON} />,
        onClick: () => void navigate('/log/follow-ups'),
      },
      {
        id: 'switch-event',
        label: 'Switch event',
        description: 'Choose the event new entries and briefings belong to',
        keywords: ['event', 'incident', 'storm', 'activate', 'operational period'],
        leftSection: <IconSwitchHorizontal {...ICON} />,
        onClick: () => setEventSwitcherOpen(true),
      },
      {
        id: 'events',
        label: 'Events',
        description: 'Events and operational periods',
        keywords: ['incident', 'operational period', 'close event'],
        leftSection: <IconCalendarEvent {...ICON} />,
        onClick: () => void navigate('/events'),
      },
      ...(canManageEvents
        ? [{
            id: 'new-event',
            label: 'New event',
            description: 'Create a storm, wildfire shutoff or planned outage',
            keywords: ['create event', 'incident', 'storm', 'wildfire', 'planned outage'],
            leftSection: <IconCalendarPlus {...ICON} />,
            onClick: () => void navigate('/events', { state: CREATE_EVENT_STATE }),
          }]
        : []),
    ],
  };
}

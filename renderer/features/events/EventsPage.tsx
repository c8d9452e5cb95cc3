// Events and operational periods: the active event with its current period, every event with its
// actions, and the "new event" form. One event is active at a time; log entries and briefings
// belong to it.
import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { PageLayout } from '../../app/PageLayout';
import { useDb } from '../../data/dbContext';
import { chooseActiveEvent } from '../../data/events/chooseActiveEvent';
import { activateEvent } from '../../data/events/commands';
import { listEvents } from '../../data/events/queries';
import type { EventRow } from '../../data/rows';
import tone from '../log/tone.module.css';
import { ActiveEventCard } from './ActiveEventCard';
import { ConfirmEventAction } from './ConfirmEventAction';
import { CreateEventModal } from './CreateEventModal';
import { closeEventAction, isCreateEventRequest, switchEventAction } from './eventActions';
import type { EventAction } from './eventActions';
import { EventsTable } from './EventsTable';
import { useActiveEvent } from './useActiveEvent';
import { useCanManageEvents } from './useCanManageEvents';

export function EventsPage() {
  const db = useDb();
  const location = useLocation();
  const events = useLiveQuery(() => listEvents(db), [db]);
  const active = useActiveEvent();
  const canManage = useCanManageEvents();
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<EventAction | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (canManage && isCreateEventRequest(location.state)) setCreating(true);
  }, [canManage, location.key, location.state]);

  const activate = async (event: EventRow) => {
    if (active) {
      setAction(switchEventAction(db, event, active));
      return;
    }
    const result = await activateEvent(db, event.id);
    setError(result.ok ? '' : result.error);
  };
  const workUnder = async (event: EventRow) => {
    const result = await chooseActiveEvent(db, event.id);
    setError(result.ok ? '' : result.error);
  };
  const close = canManage ? (event: EventRow) => setAction(closeEventAction(db, event)) : undefined;

  return (
    <PageLayout
      title="Events"
      description="Incidents you work under. Operational periods roll over on each event's configured length and start."
      actions={canManage ? <Button leftSection={<IconPlus size={15} aria-hidden />} onClick={() => setCreating(true)}>New event</Button> : undefined}
    >
      <div className={tone.scope}>
        {active === undefined ? null : (
          <ActiveEventCard event={active} onClose={close} onCreate={canManage ? () => setCreating(true) : undefined} />
        )}
        <div role="status" aria-live="polite">
          {error ? <Text size="sm" mt="sm" className={tone.dangerText}>{error}</Text> : null}
        </div>
        <Text component="h2" fw={600} size="md" mt="lg" mb={4}>All events</Text>
        {canManage ? null : (
          <Text size="xs" c="dimmed" mb={4}>Briefing authors and administrators start, activate and close events; their changes reach this device by sync.</Text>
        )}
        {events === undefined ? (
          <Text size="sm" c="dimmed">Loading events…</Text>
        ) : events.length === 0 ? (
          <Text size="sm" c="dimmed">No events yet. Create one when an incident starts or a planned outage is scheduled.</Text>
        ) : (
          <EventsTable
            events={events}
            active={active ?? null}
            canManage={canManage}
            onActivate={(e) => void activate(e)}
            onClose={(e) => setAction(closeEventAction(db, e))}
            onWorkUnder={(e) => void workUnder(e)}
          />
        )}
      </div>
      <CreateEventModal opened={creating} onClose={() => setCreating(false)} active={active ?? null} />
      <ConfirmEventAction action={action} onDone={() => setAction(null)} />
    </PageLayout>
  );
}

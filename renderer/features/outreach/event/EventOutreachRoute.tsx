// /outreach: the active event's outreach, or, when no event is active, the between-events view
// (check-ins and planned-interruption notices).
import { Alert, Text } from '@mantine/core';
import { useActiveEvent } from '../../events/useActiveEvent';
import { CheckInsView } from '../checkIns/CheckInsView';
import { EventOutreach } from './EventOutreach';

export function EventOutreachRoute() {
  const event = useActiveEvent();
  if (event === undefined) return <Text size="sm" c="dimmed">Loading outreach…</Text>;
  if (event === null) {
    return (
      <>
        <Alert variant="light" color="gray" mt="xs" title="No active event">
          Between events: regular check-ins and notices before planned interruptions.
        </Alert>
        <CheckInsView />
      </>
    );
  }
  return <EventOutreach event={event} />;
}

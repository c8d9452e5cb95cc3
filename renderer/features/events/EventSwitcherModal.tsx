// "Switch event" (header button, command palette): which event this device works under. Anyone can
// move between active events; briefing authors and admins can also activate a planned one, which asks
// first when another is active, because switching closes it.
import { Badge, Button, Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDb } from '../../data/dbContext';
import { chooseActiveEvent } from '../../data/events/chooseActiveEvent';
import { activateEvent } from '../../data/events/commands';
import { listEvents } from '../../data/events/queries';
import type { EventRow } from '../../data/rows';
import tone from '../log/tone.module.css';
import { CREATE_EVENT_STATE, switchEventAction } from './eventActions';
import type { EventAction } from './eventActions';
import { EventActionConfirm } from './EventActionConfirm';
import { eventKindLabels, eventStatusLabels } from './eventLabels';
import classes from './EventSwitcherModal.module.css';
import { periodRhythm } from './periodText';
import { useActiveEvent } from './useActiveEvent';
import { useCanManageEvents } from './useCanManageEvents';

interface EventSwitcherModalProps {
  opened: boolean;
  onClose: () => void;
}

function SwitcherBody({ onClose }: { onClose: () => void }) {
  const db = useDb();
  const navigate = useNavigate();
  const events = useLiveQuery(() => listEvents(db), [db]);
  const active = useActiveEvent();
  const canManage = useCanManageEvents();
  const [confirm, setConfirm] = useState<EventAction | null>(null);
  const [error, setError] = useState('');
  const open = (events ?? []).filter((e) => e.status !== 'closed');

  const choose = async (event: EventRow) => {
    if (event.id === active?.id) {
      onClose();
    } else if (event.status === 'planned' && active) {
      setConfirm(switchEventAction(db, event, active));
    } else {
      const result = event.status === 'active' ? await chooseActiveEvent(db, event.id) : await activateEvent(db, event.id);
      if (result.ok) onClose();
      else setError(result.error);
    }
  };

  if (confirm) return <EventActionConfirm action={confirm} onCancel={() => setConfirm(null)} onDone={onClose} />;
  return (
    <Stack gap="xs">
      {events === undefined ? <Text size="sm" c="dimmed">Loading events…</Text> : null}
      {events !== undefined && open.length === 0 ? <Text size="sm" c="dimmed">No open events. Create one to start logging under it.</Text> : null}
      {open.map((event) => (
        <UnstyledButton
          key={event.id}
          className={classes.option}
          data-active={event.id === active?.id || undefined}
          disabled={event.status === 'planned' && !canManage}
          onClick={() => void choose(event)}
        >
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>{event.name}</Text>
              <Text size="xs" c="dimmed">
                {eventKindLabels[event.kind]} · {periodRhythm(event)}
                {event.status === 'planned' && !canManage ? ' · a briefing author activates it' : ''}
              </Text>
            </div>
            <Badge size="sm" variant={event.status === 'active' ? 'filled' : 'light'} color={event.status === 'active' ? 'steel' : 'gray'}>
              {event.id === active?.id ? 'Working under it' : eventStatusLabels[event.status]}
            </Badge>
          </Group>
        </UnstyledButton>
      ))}
      {error ? <Text size="sm" role="alert" className={tone.dangerText}>{error}</Text> : null}
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={() => { onClose(); void navigate('/events'); }}>Manage events</Button>
        {canManage ? <Button onClick={() => { onClose(); void navigate('/events', { state: CREATE_EVENT_STATE }); }}>New event…</Button> : null}
      </Group>
    </Stack>
  );
}

export function EventSwitcherModal({ opened, onClose }: EventSwitcherModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Switch event" className={tone.scope} closeButtonProps={{ 'aria-label': 'Close the event switcher' }}>
      {opened ? <SwitcherBody onClose={onClose} /> : null}
    </Modal>
  );
}

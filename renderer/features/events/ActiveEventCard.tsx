// The event this device works under, with its current operational period and when it rolls over.
// The period is derived from the event's config and re-rendered at the boundary (useCurrentPeriod).
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNow } from '../../app/useNow';
import type { EventRow } from '../../data/rows';
import { formatDateTime } from '../../format/time';
import { eventKindLabels } from './eventLabels';
import { periodRhythm, periodWindow, rollOverText } from './periodText';
import { useCurrentPeriod } from './useCurrentPeriod';

interface ActiveEventCardProps {
  event: EventRow | null;
  /** Absent for users who may not close or create events. */
  onClose?: (event: EventRow) => void;
  onCreate?: () => void;
}

export function ActiveEventCard({ event, onClose, onCreate }: ActiveEventCardProps) {
  const period = useCurrentPeriod(event);
  const now = useNow(30_000);
  if (!event) {
    return (
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between">
          <Stack gap={2}>
            <Title order={2} fz="md">No active event</Title>
            <Text size="sm" c="dimmed">
              New log entries are recorded outside any event until one is active.
              {onCreate ? '' : ' Briefing authors and administrators start events; they reach this device by sync.'}
            </Text>
          </Stack>
          {onCreate ? <Button onClick={onCreate}>New event…</Button> : null}
        </Group>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="active-event-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap={8}>
            <Badge color="steel" variant="filled" size="sm">Active</Badge>
            <Title order={2} fz="md" id="active-event-title">{event.name}</Title>
            <Text size="sm" c="dimmed">{eventKindLabels[event.kind]}{event.startedAt ? ` · started ${formatDateTime(event.startedAt)}` : ''}</Text>
          </Group>
          <Text size="sm" aria-live="polite">
            {period ? (
              <>
                Current operational period: <strong>{periodWindow(period)}</strong> · {rollOverText(period, now)}
              </>
            ) : (
              'Before the first operational period'
            )}
          </Text>
          <Text size="xs" c="dimmed">{periodRhythm(event)}. New log entries and briefings belong to this event.</Text>
        </Stack>
        {onClose ? <Button variant="default" onClick={() => onClose(event)}>Close event…</Button> : null}
      </Group>
    </Paper>
  );
}

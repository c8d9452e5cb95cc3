// Every event on this device: active first, then planned, then closed, with the actions each allows.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { EventRow } from '../../data/rows';
import { formatDateTime } from '../../format/time';
import { eventKindLabels, eventStatusLabels } from './eventLabels';
import { periodRhythm, periodsRun } from './periodText';

interface EventsTableProps {
  events: EventRow[];
  /** The event this device works under. */
  active: EventRow | null;
  /** Briefing authors and admins start, activate and close events; everyone chooses among active ones. */
  canManage: boolean;
  onActivate: (event: EventRow) => void;
  onClose: (event: EventRow) => void;
  onWorkUnder: (event: EventRow) => void;
}

export function EventsTable({ events, active, canManage, onActivate, onClose, onWorkUnder }: EventsTableProps) {
  return (
    <Table verticalSpacing={6} aria-label="Events">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Event</Table.Th>
          <Table.Th w={90}>Status</Table.Th>
          <Table.Th w={150}>Started</Table.Th>
          <Table.Th w={150}>Ended</Table.Th>
          <Table.Th>Operational periods</Table.Th>
          <Table.Th w={210}>Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td>
              <Text size="sm" fw={600}>{event.name}</Text>
              <Text size="xs" c="dimmed">{eventKindLabels[event.kind]}</Text>
            </Table.Td>
            <Table.Td>
              <Badge size="sm" variant={event.status === 'active' ? 'filled' : 'light'} color={event.status === 'active' ? 'steel' : 'gray'}>
                {eventStatusLabels[event.status]}
              </Badge>
            </Table.Td>
            <Table.Td><Text size="sm">{event.startedAt ? formatDateTime(event.startedAt) : 'Not yet'}</Text></Table.Td>
            <Table.Td><Text size="sm">{event.endedAt ? formatDateTime(event.endedAt) : '—'}</Text></Table.Td>
            <Table.Td>
              <Text size="sm">{periodRhythm(event)}</Text>
              {event.status === 'closed' ? <Text size="xs" c="dimmed">{periodsRun(event)} periods run</Text> : null}
            </Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                {event.status === 'active' && event.id === active?.id ? <Text size="xs" c="dimmed">Working under it</Text> : null}
                {event.status === 'active' && event.id !== active?.id ? (
                  <Button size="compact-sm" variant="default" onClick={() => onWorkUnder(event)} aria-label={`Work under ${event.name}`}>Work under it</Button>
                ) : null}
                {canManage && event.status === 'planned' ? (
                  <Button size="compact-sm" onClick={() => onActivate(event)} aria-label={`${active ? 'Switch to' : 'Activate'} ${event.name}`}>
                    {active ? 'Switch to…' : 'Activate'}
                  </Button>
                ) : null}
                {canManage && event.status !== 'closed' ? (
                  <Button size="compact-sm" variant="default" onClick={() => onClose(event)} aria-label={`Close ${event.name}`}>Close…</Button>
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

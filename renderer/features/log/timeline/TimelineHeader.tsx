// Group headings of the timeline: the event (h2) and its operational periods (h3).
import { Badge, Group, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatDateTime, formatWhen } from '../../../format/time';
import { eventKindLabels, eventStatusLabels } from '../../events/eventLabels';
import tone from '../tone.module.css';
import type { TimelineRow } from './timelineModel';
import classes from './TimelineHeader.module.css';

interface TimelineHeaderProps {
  row: Extract<TimelineRow, { kind: 'event' | 'period' }>;
}

const entries = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);
const reports = (n: number) => (n === 1 ? '1 life-safety report' : `${n} life-safety reports`);

export function TimelineHeader({ row }: TimelineHeaderProps) {
  if (row.kind === 'event') {
    return (
      <Group className={classes.event} gap={8} wrap="nowrap">
        <Title order={2} fz="md">{row.title}</Title>
        {row.event ? (
          <>
            <Badge size="sm" variant={row.event.status === 'active' ? 'filled' : 'light'} color={row.event.status === 'active' ? 'steel' : 'gray'}>
              {eventStatusLabels[row.event.status]}
            </Badge>
            <Text size="xs" c="dimmed">
              {eventKindLabels[row.event.kind]}
              {row.event.startedAt ? ` · started ${formatDateTime(row.event.startedAt)}` : ''}
            </Text>
          </>
        ) : null}
        <Text size="xs" c="dimmed" ml="auto">{entries(row.entries)}</Text>
      </Group>
    );
  }
  const title = row.number === null ? (row.event ? 'Before the first operational period' : 'Entries without an event') : `Operational period ${row.number}`;
  return (
    <Group className={classes.period} gap={8} wrap="nowrap">
      <Title order={3} fz="sm">{title}</Title>
      {row.startsAt && row.endsAt ? (
        <Text size="xs" c="dimmed">{formatDateTime(row.startsAt)} – {formatWhen(row.endsAt, Date.parse(row.startsAt))}</Text>
      ) : null}
      {row.lifeSafety > 0 ? (
        <Text size="xs" fw={600} className={tone.dangerText} component="span" style={{ display: 'inline-flex', alignItems: 'center', gap: 3 }}>
          <IconAlertTriangle size={13} aria-hidden /> {reports(row.lifeSafety)}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" ml="auto">{entries(row.entries)}</Text>
    </Group>
  );
}

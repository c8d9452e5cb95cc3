import { Badge, Group, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { OutreachRow as Row } from '../../../data/outreach/eventOutreach';
import { formatDuration, formatWhen } from '../../../format/time';
import { TierBadge } from '../../customers/TierBadge';
import { progressColors, progressLabels, WARNING_BADGE_COLOR } from '../outreachLabels';
import classes from './OutreachList.module.css';

interface OutreachRowProps {
  id: string;
  index: number;
  setSize: number;
  row: Row;
  active: boolean;
  now: number;
  style: CSSProperties;
  onClick: (index: number) => void;
}

function runtimeText(row: Row): string {
  if (row.runtimeHours === null) return row.customer.backupGeneration.present ? 'generator, fuel unknown' : 'no generator';
  return `generator ${row.runtimeHours} h`;
}

/** One option of the outreach listbox: who and why first (tier, emergency, escalation, callback), then
 *  areas, ETR, generator runtime and progress. */
export function OutreachRow({ id, index, setSize, row, active, now, style, onClick }: OutreachRowProps) {
  const c = row.customer;
  return (
    <div
      id={id} role="option" aria-selected={active} aria-posinset={index + 1} aria-setsize={setSize}
      className={classes.row} data-active={active || undefined} style={style} onClick={() => onClick(index)}
    >
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} truncate="end" className={classes.name}>{c.name}</Text>
        <TierBadge tier={c.tier} compact />
        {row.emergency ? <Badge size="sm" color="red.9">Emergency report</Badge> : null}
        {row.shortfallMs !== null ? <Badge size="sm" color="red.9">Escalate: generator short by {formatDuration(row.shortfallMs)}</Badge> : null}
        {row.callback ? <Badge size="sm" color={WARNING_BADGE_COLOR}>Callback: ETR moved</Badge> : null}
        <Badge size="sm" color={progressColors[row.progress]} ml="auto" className={classes.progress}>{progressLabels[row.progress]}</Badge>
      </Group>
      <Group gap={6} wrap="nowrap" className={classes.meta}>
        <Text size="xs" c="dimmed" truncate="end">
          {row.areas.length > 0 ? row.areas.join(', ') : 'Outside the affected areas'}
          {' · '}{row.etr ? `ETR ${formatWhen(row.etr, now)}` : 'ETR unknown'}
          {' · '}{runtimeText(row)}
        </Text>
        {row.lastActivityAt ? <Text size="xs" c="dimmed" ml="auto" className={classes.progress}>last call {formatWhen(row.lastActivityAt, now)}</Text> : null}
      </Group>
    </div>
  );
}

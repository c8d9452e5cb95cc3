// One version of a log entry in the timeline. Life-safety reports carry a red rule, an icon and a
// "LIFE SAFETY" label; a corrected entry says what corrected it and each correction points back at
// its original, so the record shows both (nothing is edited or hidden).
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconArrowDown, IconArrowUp, IconPencil } from '@tabler/icons-react';
import type { LogEntryRow } from '../../../data/rows';
import { Ics213EntryButton } from '../../ics/Ics213EntryButton';
import { formatDateTime, formatDuration, formatWhen } from '../../../format/time';
import { categoryLabels, channelLabels, directionLabels, lifeSafetyLabels, outcomeLabels } from '../logLabels';
import tone from '../tone.module.css';
import type { EntryView } from './timelineModel';
import classes from './TimelineEntry.module.css';

interface TimelineEntryProps {
  view: EntryView;
  now: number;
  onCorrect: (view: EntryView) => void;
  onJump: (entryId: string) => void;
}

export const entryDomId = (id: string) => `log-entry-${id}`;

function FollowUpLine({ view, now, onJump }: Pick<TimelineEntryProps, 'view' | 'now' | 'onJump'>) {
  const followUp = view.entry.followUp;
  if (!followUp) return null;
  const due = Date.parse(followUp.dueAt);
  const state = view.followUpState;
  const stateText =
    state === 'closed' ? 'closed' : state === 'overdue' ? `overdue by ${formatDuration(now - due)}` : state === 'due' ? `due in ${formatDuration(due - now)}` : null;
  const stateClass = state === 'overdue' ? tone.dangerText : state === 'due' ? tone.warnText : state === 'closed' ? tone.okText : undefined;
  return (
    <Text size="xs" component="span">
      Follow-up: {followUp.owner}, due {formatWhen(followUp.dueAt, now)}
      {stateText ? <span className={stateClass}> ({stateText})</span> : null}
      {view.closedBy ? (
        <Button variant="subtle" size="compact-xs" ml={4} onClick={() => onJump(view.closedBy!.id)} rightSection={<IconArrowUp size={12} aria-hidden />}>
          Closing entry {formatWhen(view.closedBy.occurredAt, now)}
        </Button>
      ) : null}
    </Text>
  );
}

function LinkLine({ view, now, onJump }: Pick<TimelineEntryProps, 'view' | 'now' | 'onJump'>) {
  const { correctedBy, correctionOf, entry } = view;
  const recorded = (e: LogEntryRow) => `recorded ${formatWhen(e.recordedAt, now)} by ${e.authorName}`;
  return (
    <>
      {correctedBy ? (
        <Group gap={4} wrap="nowrap" className={classes.link}>
          <Text size="xs" fw={600}>Corrected by</Text>
          <Button variant="subtle" size="compact-xs" onClick={() => onJump(correctedBy.id)} rightSection={<IconArrowDown size={12} aria-hidden />}>
            the correction {recorded(correctedBy)}
          </Button>
        </Group>
      ) : null}
      {correctionOf ? (
        <Group gap={4} wrap="nowrap" className={classes.link}>
          <Text size="xs" fw={600}>Correction of</Text>
          <Button variant="subtle" size="compact-xs" onClick={() => onJump(correctionOf.id)} rightSection={<IconArrowUp size={12} aria-hidden />}>
            the entry {recorded(correctionOf)}
          </Button>
        </Group>
      ) : null}
      {entry.closesFollowUpOf ? (
        <Group gap={4} wrap="nowrap" className={classes.link}>
          <IconArrowBackUp size={13} aria-hidden />
          <Button variant="subtle" size="compact-xs" onClick={() => onJump(entry.closesFollowUpOf!)}>Closes a follow-up</Button>
        </Group>
      ) : null}
    </>
  );
}

export function TimelineEntry({ view, now, onCorrect, onJump }: TimelineEntryProps) {
  const { entry, role, lifeSafety } = view;
  const titleId = `${entryDomId(entry.id)}-title`;
  const who = [view.customerName, view.contactName].filter(Boolean).join(' · ') || (entry.direction === 'internal' ? 'Internal' : 'No customer');
  const className = [classes.entry, lifeSafety && classes.lifeSafety, role === 'corrected' && classes.corrected, role === 'correction' && classes.correction]
    .filter(Boolean).join(' ');
  return (
    <article id={entryDomId(entry.id)} tabIndex={-1} className={className} aria-labelledby={titleId}>
      <Group gap={8} wrap="nowrap" justify="space-between" align="flex-start">
        <Group gap={6} wrap="wrap" className={classes.meta}>
          <Text size="sm" fw={650} component="time" dateTime={entry.occurredAt} title={formatDateTime(entry.occurredAt)} className={classes.time}>
            {formatWhen(entry.occurredAt, now)}
          </Text>
          {lifeSafety ? (
            <span className={classes.lifeSafetyLabel}>
              <IconAlertTriangle size={13} stroke={2.2} aria-hidden />
              LIFE SAFETY{entry.lifeSafety ? ` · ${lifeSafetyLabels[entry.lifeSafety]}` : ''}
            </span>
          ) : null}
          {role === 'corrected' ? <Badge size="xs" variant="outline" color="gray">Corrected</Badge> : null}
          {role === 'correction' ? <Badge size="xs" variant="outline" color="steel">Correction</Badge> : null}
          <Text size="sm" fw={600} id={titleId} className={classes.who} truncate>{who}</Text>
          <Badge size="xs" variant="light" color="gray">{categoryLabels[entry.category]}</Badge>
          {entry.significant && !lifeSafety ? <Badge size="xs" variant="light" color="gray">Significant</Badge> : null}
          <Text size="xs" c="dimmed">
            {channelLabels[entry.channel]} · {directionLabels[entry.direction]}
            {entry.contactOutcome && entry.contactOutcome !== 'reached' ? ` · ${outcomeLabels[entry.contactOutcome]}` : ''}
          </Text>
        </Group>
        {view.isCurrent ? (
          <Button variant="default" size="compact-xs" leftSection={<IconPencil size={12} aria-hidden />} onClick={() => onCorrect(view)} aria-label={`Correct the entry: ${who}, ${formatWhen(entry.occurredAt, now)}`}>
            Correct
          </Button>
        ) : null}
      </Group>
      <Text size="sm" className={classes.summary}>{entry.summary}</Text>
      {entry.details ? <Text size="xs" c="dimmed" lineClamp={2}>{entry.details}</Text> : null}
      <Group gap={12} wrap="wrap" className={classes.facts}>
        {entry.etrGiven ? (
          <Text size="xs" component="span" fw={600}>
            ETR given: {formatDateTime(entry.etrGiven.etr)}{entry.etrGiven.briefingVersion ? ` (briefing v${entry.etrGiven.briefingVersion})` : ''}
          </Text>
        ) : null}
        <FollowUpLine view={view} now={now} onJump={onJump} />
        <Text size="xs" c="dimmed" component="span">
          Recorded {formatWhen(entry.recordedAt, now)} by {entry.authorName}
        </Text>
        <LinkLine view={view} now={now} onJump={onJump} />
        <Ics213EntryButton view={view} who={who} />
      </Group>
    </article>
  );
}

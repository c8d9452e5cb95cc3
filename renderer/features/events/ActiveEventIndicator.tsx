// Header: the event this device works under and its current operational period (re-rendered at each
// roll-over). Opens the event switcher, as does "Switch event" in the command palette.
import { Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconSelector } from '@tabler/icons-react';
import { formatWhen } from '../../format/time';
import { useAppStore } from '../../store/appStore';
import { selectEventSwitcherOpen, selectSetEventSwitcherOpen } from '../../store/logSelectors';
import classes from './ActiveEventIndicator.module.css';
import { EventSwitcherModal } from './EventSwitcherModal';
import { useActiveEvent } from './useActiveEvent';
import { useCurrentPeriod } from './useCurrentPeriod';

export function ActiveEventIndicator() {
  const event = useActiveEvent();
  const period = useCurrentPeriod(event);
  const opened = useAppStore(selectEventSwitcherOpen);
  const setOpened = useAppStore(selectSetEventSwitcherOpen);
  if (event === undefined) return null;
  return (
    <>
      <UnstyledButton className={classes.indicator} onClick={() => setOpened(true)} aria-haspopup="dialog" title="Switch event">
        <span className={classes.dot} data-active={event ? true : undefined} aria-hidden />
        <VisuallyHidden>Active event: </VisuallyHidden>
        <Text component="span" size="sm" fw={600} className={classes.name}>{event ? event.name : 'No active event'}</Text>
        {period ? (
          <Text component="span" size="xs" className={classes.period}>
            OP {period.number} · until {formatWhen(period.endsAt)}
          </Text>
        ) : null}
        <VisuallyHidden>. Switch event</VisuallyHidden>
        <IconSelector size={14} stroke={1.7} aria-hidden />
      </UnstyledButton>
      <EventSwitcherModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}

// How an event's operational-period rhythm and its current period read on screen.
import type { OperationalPeriod } from '../../../shared/domain/operationalPeriods';
import { listOperationalPeriods } from '../../../shared/domain/operationalPeriods';
import type { EventRow } from '../../data/rows';
import { formatDateTime, formatDuration, formatWhen } from '../../format/time';

/** "12 h periods from Jan 15, 06:00" (or "…from the event start"). */
export function periodRhythm(event: Pick<EventRow, 'operationalPeriod' | 'startedAt'>): string {
  const first = event.operationalPeriod.firstStartAt ?? event.startedAt;
  return `${event.operationalPeriod.lengthHours} h periods from ${first ? formatDateTime(first) : 'the event start'}`;
}

/** "OP 3 · Jan 15, 06:00 – 18:00". */
export const periodWindow = (p: OperationalPeriod): string =>
  `OP ${p.number} · ${formatDateTime(p.startsAt)} – ${formatWhen(p.endsAt, Date.parse(p.startsAt))}`;

/** "rolls over in 2 h 10 min". */
export const rollOverText = (p: OperationalPeriod, now: number): string => `rolls over in ${formatDuration(Date.parse(p.endsAt) - now)}`;

/** How many periods a closed event ran. */
export const periodsRun = (event: EventRow): number =>
  event.endedAt ? listOperationalPeriods(event, event.endedAt).length : 0;

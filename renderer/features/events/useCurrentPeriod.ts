// The operational period an event is in right now. Periods are derived from the event's config
// (shared/domain/operationalPeriods), so nothing stored changes at a roll-over: this hook re-renders
// its caller at the next period boundary, and the new number appears on screen on time.
import { useEffect, useState } from 'react';
import { operationalPeriodAt } from '../../../shared/domain/operationalPeriods';
import type { OperationalPeriod } from '../../../shared/domain/operationalPeriods';
import type { EventRow } from '../../data/rows';

/** Long waits are re-checked hourly (timers are unreliable past ~24 days, and laptops sleep). */
const MAX_WAIT_MS = 3_600_000;

/** When the period shown for `event` next changes (ms), or null when it never will. */
export function nextPeriodChange(event: Pick<EventRow, 'status' | 'startedAt' | 'operationalPeriod'>, now: number): number | null {
  if (event.status !== 'active') return null;
  const period = operationalPeriodAt(event, now);
  if (period) return Date.parse(period.endsAt);
  const first = event.operationalPeriod.firstStartAt ?? event.startedAt;
  return first === null ? null : Date.parse(first);
}

/** The active event's current period (null when the event is not active or before period 1). */
export function useCurrentPeriod(event: EventRow | null | undefined): OperationalPeriod | null {
  const [now, setNow] = useState(Date.now);
  const period = event && event.status === 'active' ? operationalPeriodAt(event, now) : null;
  const next = event ? nextPeriodChange(event, now) : null;
  useEffect(() => {
    if (next === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(MAX_WAIT_MS, Math.max(0, next - Date.now()) + 50));
    return () => clearTimeout(timer);
  }, [next, now]);
  return period;
}

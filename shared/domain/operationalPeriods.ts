// Operational periods (ICS) are fixed-length windows counted from the event's first period start.
// They are derived, never stored, so changing the config re-numbers nothing that was logged: log
// entries keep the period number computed when they were recorded.
import type { Event } from './event';

export interface OperationalPeriod {
  /** 1-based period number. */
  number: number;
  startsAt: string;
  endsAt: string;
}

type PeriodSource = Pick<Event, 'operationalPeriod' | 'startedAt'>;

const HOUR_MS = 3_600_000;
/** Guard against a bad config listing millions of periods. */
export const MAX_LISTED_PERIODS = 2000;

const toMs = (at: string | number): number => (typeof at === 'number' ? at : Date.parse(at));

const periodStartMs = (event: PeriodSource): number | null => {
  const first = event.operationalPeriod.firstStartAt ?? event.startedAt;
  return first === null ? null : Date.parse(first);
};

const period = (startMs: number, lengthMs: number, index: number): OperationalPeriod => ({
  number: index + 1,
  startsAt: new Date(startMs + index * lengthMs).toISOString(),
  endsAt: new Date(startMs + (index + 1) * lengthMs).toISOString(),
});

/** The period containing `at`, or null before the first period (or when the event has no start). */
export function operationalPeriodAt(event: PeriodSource, at: string | number): OperationalPeriod | null {
  const startMs = periodStartMs(event);
  const atMs = toMs(at);
  if (startMs === null || Number.isNaN(atMs) || atMs < startMs) return null;
  const lengthMs = event.operationalPeriod.lengthHours * HOUR_MS;
  return period(startMs, lengthMs, Math.floor((atMs - startMs) / lengthMs));
}

/** Periods 1..n where n is the period containing `until` (for a closed event pass its endedAt). */
export function listOperationalPeriods(event: PeriodSource, until: string | number): OperationalPeriod[] {
  const last = operationalPeriodAt(event, until);
  const startMs = periodStartMs(event);
  if (last === null || startMs === null) return [];
  const lengthMs = event.operationalPeriod.lengthHours * HOUR_MS;
  const count = Math.min(last.number, MAX_LISTED_PERIODS);
  const first = last.number - count;
  return Array.from({ length: count }, (_, i) => period(startMs, lengthMs, first + i));
}

/** The window of a given period number (used to label timeline groups). */
export function operationalPeriodByNumber(event: PeriodSource, number: number): OperationalPeriod | null {
  const startMs = periodStartMs(event);
  if (startMs === null || !Number.isInteger(number) || number < 1) return null;
  return period(startMs, event.operationalPeriod.lengthHours * HOUR_MS, number - 1);
}

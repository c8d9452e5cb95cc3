// Times as the app shows them: a 24-hour clock ("14:05"), the date too when it is not today
// ("Jan 16 14:05") or always for records read later ("Jan 15, 2025 14:05"), and compact durations
// ("2 h 13 min", "under a minute"). The time zone is a parameter so tests are deterministic; the app
// passes none and gets the device's zone.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface ZoneFormats {
  clock: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
  dayAndYear: Intl.DateTimeFormat;
  /** "2025-01-15": compares calendar days. */
  dayKey: Intl.DateTimeFormat;
}

// Building a formatter is slow and a timeline formats hundreds of times a render: one set per zone.
const formatsByZone = new Map<string, ZoneFormats>();

function formatsFor(timeZone: string | undefined): ZoneFormats {
  let formats = formatsByZone.get(timeZone ?? '');
  if (!formats) {
    formats = {
      clock: new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
      day: new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone }),
      dayAndYear: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone }),
      dayKey: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }),
    };
    formatsByZone.set(timeZone ?? '', formats);
  }
  return formats;
}

/** An ISO instant or epoch milliseconds. */
type Instant = string | number;

const msOf = (at: Instant): number => (typeof at === 'number' ? at : Date.parse(at));

/** "14:05" */
export const formatClock = (at: Instant, timeZone?: string): string => formatsFor(timeZone).clock.format(msOf(at));

/** "14:05" when `at` is on the same day as `now`, else "Jan 16 14:05". */
export function formatWhen(at: Instant, now: number = Date.now(), timeZone?: string): string {
  const ms = msOf(at);
  const formats = formatsFor(timeZone);
  const clock = formats.clock.format(ms);
  return formats.dayKey.format(ms) === formats.dayKey.format(now) ? clock : `${formats.day.format(ms)} ${clock}`;
}

/** Always with the date and year: "Jan 15, 2025 14:05" (tooltips, tables, history). */
export function formatDateTime(at: Instant, timeZone?: string): string {
  const ms = msOf(at);
  const formats = formatsFor(timeZone);
  return `${formats.dayAndYear.format(ms)} ${formats.clock.format(ms)}`;
}

/** "45 min", "2 h 13 min", "3 d 4 h"; under a minute is "under a minute". Sign is ignored. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return 'under a minute';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "2 h 13 min ago", "just now", or "in 5 min" for a time ahead of `now`. */
export function formatRelative(at: Instant, now: number): string {
  const diff = now - msOf(at);
  if (Math.abs(diff) < MINUTE) return 'just now';
  return diff > 0 ? `${formatDuration(diff)} ago` : `in ${formatDuration(diff)}`;
}

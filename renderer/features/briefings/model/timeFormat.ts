// How briefings write times and durations: 24-hour clock ("14:05"), the date only when it is not
// today ("Jan 16 14:00"), and compact durations ("2 h 13 min"). The time zone is a parameter so tests
// are deterministic; the app passes none and gets the device's zone.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const clockFormat = (timeZone?: string) => new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
const dayFormat = (timeZone?: string) => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone });
const dayKey = (ms: number, timeZone?: string) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(ms);

/** "14:05" */
export const formatClock = (iso: string, timeZone?: string): string => clockFormat(timeZone).format(Date.parse(iso));

/** "14:05" when `iso` is on the same day as `now`, else "Jan 16 14:05". */
export function formatDateTime(iso: string, now: number, timeZone?: string): string {
  const ms = Date.parse(iso);
  const clock = clockFormat(timeZone).format(ms);
  return dayKey(ms, timeZone) === dayKey(now, timeZone) ? clock : `${dayFormat(timeZone).format(ms)} ${clock}`;
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

/** "2 h 13 min ago", "just now", or "in 5 min" for a time ahead of this device's clock. */
export function formatRelative(iso: string, now: number): string {
  const diff = now - Date.parse(iso);
  if (Math.abs(diff) < MINUTE) return 'just now';
  return diff > 0 ? `${formatDuration(diff)} ago` : `in ${formatDuration(diff)}`;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** "38,900" */
export const formatCount = (n: number): string => numberFormat.format(n);

/** "+1,200" / "−22,400" (a real minus sign) / "±0". */
export const formatDelta = (n: number): string => (n > 0 ? `+${formatCount(n)}` : n < 0 ? `−${formatCount(-n)}` : '±0');

// Times as liaisons read and type them: local wall-clock time, `datetime-local` input values (no
// seconds), and short relative phrases ("in 25 min", "overdue by 1 h 5 min").
const pad = (n: number) => String(n).padStart(2, '0');

/** A `datetime-local` value ("2025-01-15T14:05") for an instant, in local time. */
export function toLocalInput(at: string | number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An ISO instant for a `datetime-local` value ('' stays ''; the shared schema says what is missing). */
export function fromLocalInput(value: string): string {
  if (value.trim() === '') return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/**
 * The draft's local time, but the exact original instant when the user left it as it was shown
 * (inputs drop seconds, so re-saving an untouched time must not move it).
 */
export function keepOriginalTime(value: string, original: string | null | undefined): string {
  return original && toLocalInput(original) === value ? original : fromLocalInput(value);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "14:05" today, "Jan 15, 14:05" on another day. */
export function formatWhen(at: string | number, now: number = Date.now()): string {
  const d = new Date(at);
  return sameDay(d, new Date(now)) ? timeFormat.format(d) : dateTimeFormat.format(d);
}

/** Always with the date: "Jan 15, 14:05". */
export const formatDateTime = (at: string | number): string => dateTimeFormat.format(new Date(at));

/** "45 min", "2 h", "1 h 5 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** "in 25 min" or "25 min ago". */
export const formatRelative = (at: string | number, now: number): string => {
  const delta = new Date(at).getTime() - now;
  return delta >= 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
};

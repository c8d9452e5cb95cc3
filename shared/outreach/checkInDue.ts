// When a customer is due for its regular check-in. Due dates are CALENDAR days in the liaison's time
// zone, not multiples of 24 hours: a weekly customer last called on a Monday evening is due the next
// Monday, whichever side of a daylight-saving change, and "today" turns over at local midnight.
// A customer never contacted is due now.

/** A calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date an instant falls on in a time zone. */
export function localDateOf(at: string | number, timeZone: string): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(typeof at === 'number' ? at : Date.parse(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const DAY_MS = 86_400_000;
const utcMidnight = (d: LocalDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));

export const addDays = (d: LocalDate, days: number): LocalDate => new Date(utcMidnight(d) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

export interface CheckInDue {
  /** null: never contacted (due now). */
  dueOn: LocalDate | null;
  /** Days past the due date (0 on the day itself); negative while not yet due. */
  daysOverdue: number | null;
  due: boolean;
}

export function checkInDue(lastContactAt: string | null, cadenceDays: number, now: number, timeZone: string): CheckInDue {
  if (lastContactAt === null) return { dueOn: null, daysOverdue: null, due: true };
  const dueOn = addDays(localDateOf(lastContactAt, timeZone), cadenceDays);
  const daysOverdue = daysBetween(dueOn, localDateOf(now, timeZone));
  return { dueOn, daysOverdue, due: daysOverdue >= 0 };
}

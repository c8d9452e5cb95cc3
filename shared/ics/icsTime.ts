// Dates and times as ICS forms write them: the date as YYYY-MM-DD and a 24-hour clock (HH:MM), in the
// zone of whoever prepares the form. The zone is a parameter so exports made in tests are the same
// on every machine; the app passes none and gets the device's zone.
const formatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatsFor(timeZone: string | undefined) {
  let formats = formatters.get(timeZone ?? '');
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }),
      time: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
    };
    formatters.set(timeZone ?? '', formats);
  }
  return formats;
}

/** "2025-06-01" */
export const icsDate = (at: string, timeZone?: string): string => formatsFor(timeZone).date.format(Date.parse(at));

/** "14:05" */
export const icsTime = (at: string, timeZone?: string): string => formatsFor(timeZone).time.format(Date.parse(at));

/** "2025-06-01 14:05" */
export const icsDateTime = (at: string, timeZone?: string): string => `${icsDate(at, timeZone)} ${icsTime(at, timeZone)}`;

// Display formats for the directory: phone numbers (North American numbers in the usual grouping,
// anything else as typed), `tel:` links that dial from any device, and date-times with the date.
const digitsOf = (n: string) => n.replace(/\D/g, '');

/** "(415) 555-0142" for 10-digit and 1+10-digit numbers; other numbers as entered. */
export function formatPhone(number: string): string {
  const d = digitsOf(number);
  const ext = /(?:x|ext\.?)\s*(\d+)\s*$/i.exec(number);
  if (ext) return number.trim();
  if (d.length === 10) return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
  if (d.length === 11 && d.startsWith('1')) return `+1 (${d.slice(1, 4)}) ${d.slice(4, 7)}-${d.slice(7)}`;
  return number.trim();
}

/** `tel:` URI: digits with a leading + kept, extensions as ";ext=". */
export function telHref(number: string): string {
  const ext = /(?:x|ext\.?)\s*(\d+)\s*$/i.exec(number);
  const main = ext ? number.slice(0, ext.index) : number;
  const plus = main.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${digitsOf(main)}${ext ? `;ext=${ext[1]}` : ''}`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Jan 15, 2025, 14:05" in local time. */
export const formatDateTime = (at: string): string => dateTimeFormat.format(new Date(at));

const numberFormat = new Intl.NumberFormat();
export const formatNumber = (n: number): string => numberFormat.format(n);

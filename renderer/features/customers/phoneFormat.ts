// Phone numbers as the directory shows them: North American numbers in the usual grouping, anything
// else as typed, and `tel:` links that dial from any device.
import { onlyDigits } from '../../../shared/search/tokens';

/** "(415) 555-0142" for 10-digit and 1+10-digit numbers; other numbers as entered. */
export function formatPhone(number: string): string {
  const d = onlyDigits(number);
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
  return `tel:${plus}${onlyDigits(main)}${ext ? `;ext=${ext[1]}` : ''}`;
}

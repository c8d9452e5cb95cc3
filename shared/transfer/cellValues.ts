// Reading one cell of an imported row: yes/no, numbers with units or thousands separators, lists
// ("a; b"), phones written "Label: number", and vocabulary words. Each reader returns the value, null
// for an empty cell, or a message that quotes what the cell said.
import type { Phone } from '../domain/contact';
import { restoreNeutralizedCell } from './neutralize';
import { listLabels, lookupCode } from './vocabulary';
import type { Vocabulary } from './vocabulary';

export type CellResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

const empty = { ok: true, value: null } as const;

/** Trims, and removes the quote our export put in front of a formula-like value. */
export const cleanCell = (raw: string): string => restoreNeutralizedCell(raw.trim()).trim();

/** Quotes a cell in a message, shortened so one bad cell cannot flood the report. */
export const quoteCell = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'present', 'on site', 'onsite', 'installed']);
const NO = new Set(['no', 'n', 'false', '0', 'none', 'absent', 'n/a', 'na']);

export function readYesNo(text: string, label: string): CellResult<boolean> {
  if (text === '') return empty;
  const word = text.toLowerCase();
  if (YES.has(word)) return { ok: true, value: true };
  if (NO.has(word)) return { ok: true, value: false };
  return { ok: false, message: `${label} must be Yes or No, not ${quoteCell(text)}` };
}

/** "72", "1,500", "2000 kW", "48 h". */
export function readNumber(text: string, label: string): CellResult<number> {
  if (text === '') return empty;
  const match = /^(-?\d+(?:\.\d+)?)\s*[\p{L}]{0,8}\.?$/u.exec(text.replace(/(\d),(?=\d{3}\b)/g, '$1'));
  if (!match) return { ok: false, message: `${label} must be a number, not ${quoteCell(text)}` };
  return { ok: true, value: Number(match[1]) };
}

export function readChoice<K extends string>(text: string, vocabulary: Vocabulary<K>, label: string): CellResult<K> {
  if (text === '') return empty;
  const code = lookupCode(vocabulary, text);
  return code ? { ok: true, value: code } : { ok: false, message: `${label} ${quoteCell(text)} is not one of: ${listLabels(vocabulary)}` };
}

/** Items of a list cell; `;` and line breaks separate items (and `,` when `commas`). */
export const splitList = (text: string, commas = false): string[] =>
  text
    .split(commas ? /[;,\n\r]+/ : /[;\n\r]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** "Cell: (415) 555-0142; (415) 555-0100" -> phones; the label is what comes before a colon. */
export function readPhones(text: string, available24x7: boolean): Phone[] {
  return splitList(text).map((item) => {
    const labelled = /^([^:]{1,40}):\s*([+(\d].*)$/.exec(item);
    return labelled && /\p{L}/u.test(labelled[1]!)
      ? { label: labelled[1]!.trim(), number: labelled[2]!.trim(), available24x7 }
      : { label: '', number: item, available24x7 };
  });
}

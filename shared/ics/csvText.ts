// CSV text for exports read in spreadsheets: every cell quoted, formula-like cells neutralized (see
// shared/transfer/neutralize.ts), CRLF line ends and a byte-order mark so Excel reads UTF-8.
import { neutralizeCell } from '../transfer/neutralize';

const quoted = (cell: string) => `"${neutralizeCell(cell).replace(/"/g, '""')}"`;

export const csvText = (rows: readonly (readonly string[])[]): string =>
  `\uFEFF${rows.map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;

// Reads a CSV or .xlsx file into rows of text cells, each with the line number the user sees: for a
// CSV the physical line (a quoted cell with line breaks spans several), for a workbook the sheet's row
// number. Runs in the import worker. CSV goes through papaparse from a decoded string (UTF-8, or
// Windows-1252 when the bytes are not UTF-8, as older Excel saves them); .xlsx through exceljs.
import '../exceljsCspShim';
import { Workbook } from 'exceljs';
import Papa from 'papaparse';

export interface TableRow {
  line: number;
  cells: string[];
  /** The file itself is malformed here (e.g. a quote that is never closed). */
  fileError?: string;
}

export interface Table {
  kind: 'csv' | 'xlsx';
  /** The worksheet read (.xlsx only). */
  sheetName: string | null;
  headerLine: number;
  headers: string[];
  rows: TableRow[];
}

/** Fraction done (0..1), or null while the amount of work is unknown. */
export type ReadProgress = (fraction: number | null) => void;

export const tableKindOf = (fileName: string): Table['kind'] | null => {
  const extension = fileName.toLowerCase().split('.').pop();
  return extension === 'csv' || extension === 'txt' ? 'csv' : extension === 'xlsx' ? 'xlsx' : null;
};

const PROGRESS_EVERY = 5_000;
const LINE_BREAKS = /\r\n|\r|\n/g;
const linesIn = (cells: readonly string[]) => cells.reduce((n, cell) => n + (cell.match(LINE_BREAKS)?.length ?? 0), 0);

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const papaMessages: Record<string, string> = {
  MissingQuotes: 'A quoted cell is never closed (a " is missing)',
  InvalidQuotes: 'A quoted cell has a stray " inside it',
};

export async function readCsv(bytes: Uint8Array, onProgress: ReadProgress): Promise<Omit<Table, 'kind' | 'sheetName'>> {
  const text = decode(bytes);
  const all: TableRow[] = [];
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      all.push(quoteError ? { line, cells, fileError: papaMessages[quoteError.code] ?? quoteError.message } : { line, cells });
      line += 1 + linesIn(cells);
      if (all.length % PROGRESS_EVERY === 0) onProgress(Math.min(1, result.meta.cursor / Math.max(1, text.length)));
    },
  });
  onProgress(1);
  const headerIndex = all.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { headerLine: 1, headers: [], rows: [] };
  return { headerLine: all[headerIndex]!.line, headers: all[headerIndex]!.cells.map((c) => c.trim()), rows: all.slice(headerIndex + 1) };
}

export async function readXlsx(bytes: Uint8Array, onProgress: ReadProgress): Promise<Omit<Table, 'kind'>> {
  onProgress(null);
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { sheetName: workbook.worksheets[0]?.name ?? null, headerLine: 1, headers: [], rows: [] };
  const width = sheet.columnCount;
  const rows: TableRow[] = [];
  let header: TableRow | null = null;
  const total = sheet.rowCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.from({ length: width }, (_, i) => row.getCell(i + 1).text ?? '');
    if (!header) header = { line: rowNumber, cells };
    else rows.push({ line: rowNumber, cells });
    if (rowNumber % 5_000 === 0) onProgress(rowNumber / total);
  });
  const head = header as TableRow | null;
  return { sheetName: sheet.name, headerLine: head?.line ?? 1, headers: (head?.cells ?? []).map((c) => c.trim()), rows };
}

export async function readTable(kind: Table['kind'], bytes: Uint8Array, onProgress: ReadProgress): Promise<Table> {
  if (kind === 'csv') return { kind, sheetName: null, ...(await readCsv(bytes, onProgress)) };
  try {
    return { kind, ...(await readXlsx(bytes, onProgress)) };
  } catch (error) {
    throw new Error(`This file could not be read as an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV and try again. (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

// The import worker's work, as plain functions so tests can run them without a Worker: a preview of the
// file with a guessed column mapping, then the check of every row (shared schemas, grouping by account,
// accounts already in the directory) that says exactly which lines will be skipped and why.
import { guessMapping } from '../../../../shared/transfer/columnMapping';
import type { ColumnMapping } from '../../../../shared/transfer/columnMapping';
import { rowValues } from '../../../../shared/transfer/convertRow';
import { createImportPlanner } from '../../../../shared/transfer/importPlan';
import type { ImportPlan, RowProblem } from '../../../../shared/transfer/importPlan';
import type { Table, TableRow } from './readTable';

export const PREVIEW_ROWS = 5;

export interface ImportPreview {
  fileName: string;
  kind: Table['kind'];
  sheetName: string | null;
  headerLine: number;
  headers: string[];
  /** The first data rows as the file has them. */
  sample: TableRow[];
  /** Data rows after the header, empty rows not counted. */
  rowCount: number;
  guessedMapping: ColumnMapping;
}

export interface SkippedRow extends RowProblem {
  /** 'existing': the account is already in the directory (not an error in the file). */
  kind: 'invalid' | 'existing';
}

export interface ImportCheck {
  rowCount: number;
  customerCount: number;
  contactCount: number;
  skipped: SkippedRow[];
  /** A few of the customers that will be created, for the confirmation. */
  examples: { name: string; accountNumber: string; contacts: number }[];
}

export function previewTable(fileName: string, table: Table): ImportPreview {
  return {
    fileName,
    kind: table.kind,
    sheetName: table.sheetName,
    headerLine: table.headerLine,
    headers: table.headers,
    sample: table.rows.slice(0, PREVIEW_ROWS),
    rowCount: table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== '')).length,
    guessedMapping: guessMapping(table.headers),
  };
}

export interface CheckOptions {
  /** Accounts (compact keys) already in the directory. */
  existingAccounts: (keys: string[]) => Promise<Set<string>>;
  onProgress?: (fraction: number) => void;
  /** Polled between slices of rows; true abandons the check (a newer mapping replaced it). */
  shouldStop?: () => boolean;
}

const SLICE = 2_000;
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Checks every row; null when stopped. The plan holds only what will be written. */
export async function checkTable(table: Table, mapping: ColumnMapping, options: CheckOptions): Promise<{ check: ImportCheck; plan: ImportPlan } | null> {
  const planner = createImportPlanner();
  const fileErrors: SkippedRow[] = [];
  for (let start = 0; start < table.rows.length; start += SLICE) {
    for (const row of table.rows.slice(start, start + SLICE)) {
      if (row.fileError) fileErrors.push({ line: row.line, reasons: [row.fileError], kind: 'invalid' });
      else planner.add(row.line, rowValues(row.cells, mapping));
    }
    options.onProgress?.(Math.min(1, (start + SLICE) / table.rows.length));
    await yieldToMessages();
    if (options.shouldStop?.()) return null;
  }
  const plan = planner.finish();
  const existing = await options.existingAccounts(plan.customers.map((c) => c.accountKey));
  const skipped: SkippedRow[] = [...fileErrors, ...plan.problems.map((p) => ({ ...p, kind: 'invalid' as const }))];
  if (existing.size > 0) {
    plan.customers = plan.customers.filter((c) => {
      if (!existing.has(c.accountKey)) return true;
      const reasons = [`Account ${c.customer.accountNumber} is already in the directory`];
      for (const line of c.lines) skipped.push({ line, reasons, kind: 'existing' });
      plan.contactCount -= c.contacts.length;
      return false;
    });
  }
  skipped.sort((a, b) => a.line - b.line);
  return {
    plan,
    check: {
      rowCount: plan.rowCount + fileErrors.length,
      customerCount: plan.customers.length,
      contactCount: plan.contactCount,
      skipped,
      examples: plan.customers.slice(0, 3).map((c) => ({ name: c.customer.name, accountNumber: c.customer.accountNumber, contacts: c.contacts.length })),
    },
  };
}

// Builds the export file from batches of customers: CSV through papaparse (every cell quoted, UTF-8
// with a byte-order mark so Excel shows accents), .xlsx through exceljs (header row bold and frozen,
// filters on). Cells are already neutralized by `customerExportRows`.
import '../exceljsCspShim';
import { Workbook } from 'exceljs';
import Papa from 'papaparse';
import { customerExportRows, exportHeader } from '../../../../shared/transfer/exportRows';
import type { ExportCell } from '../../../../shared/transfer/exportRows';
import type { ExportBatchItem } from '../../../data/transfer/exportDirectory';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFileBuilder {
  add(items: readonly ExportBatchItem[]): void;
  /** Rows written so far (without the header). */
  readonly rowCount: number;
  finish(): Promise<Uint8Array<ArrayBuffer>>;
}

const rowsOf = (items: readonly ExportBatchItem[]): ExportCell[][] => items.flatMap((item) => customerExportRows(item.customer, item.contacts));

function csvBuilder(): ExportFileBuilder {
  const parts: string[] = [`\uFEFF${Papa.unparse([exportHeader as string[]], { quotes: true })}`];
  let rowCount = 0;
  return {
    add(items) {
      const rows = rowsOf(items);
      if (rows.length === 0) return;
      parts.push(Papa.unparse(rows, { quotes: true }));
      rowCount += rows.length;
    },
    get rowCount() {
      return rowCount;
    },
    finish: async () => new TextEncoder().encode(`${parts.join('\r\n')}\r\n`),
  };
}

const columnWidth = (header: string) => (/name|address|notes|email|phone/i.test(header) ? 28 : Math.max(10, header.length + 2));

function xlsxBuilder(): ExportFileBuilder {
  const workbook = new Workbook();
  workbook.creator = 'Liaison Desk';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Customers', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportHeader.map((header) => ({ header, width: columnWidth(header) }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportHeader.length } };
  let rowCount = 0;
  return {
    add(items) {
      const rows = rowsOf(items);
      sheet.addRows(rows);
      rowCount += rows.length;
    },
    get rowCount() {
      return rowCount;
    },
    finish: async () => new Uint8Array(await workbook.xlsx.writeBuffer()),
  };
}

export const createExportFile = (format: ExportFormat): ExportFileBuilder => (format === 'csv' ? csvBuilder() : xlsxBuilder());

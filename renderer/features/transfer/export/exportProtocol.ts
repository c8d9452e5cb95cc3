// Messages between the export page and its worker.
import type { CustomerFilters } from '../../../data/customers/queries';
import type { ExportFormat } from './exportFile';

export interface ExportRequest {
  type: 'export';
  dbName: string;
  format: ExportFormat;
  filters: CustomerFilters;
  /** Reference time of the "not contacted in N days" filter, as the directory used it. */
  now: number;
}

export type FromExportWorker =
  | { type: 'progress'; phase: 'reading' | 'packing'; fraction: number | null }
  | { type: 'done'; content: Uint8Array<ArrayBuffer>; customers: number; rows: number }
  | { type: 'failed'; message: string };

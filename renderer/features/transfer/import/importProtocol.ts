// Messages between the import page and its worker (renderer-internal; both sides compile against it).
import type { ColumnMapping } from '../../../../shared/transfer/columnMapping';
import type { ImportDirectoryReport } from '../../../data/transfer/importDirectory';
import type { ImportCheck, ImportPreview } from './importSession';

export type ImportPhase = 'reading' | 'checking' | 'writing';

export type ToImportWorker =
  | { type: 'load'; file: File; dbName: string }
  | { type: 'check'; checkId: number; mapping: ColumnMapping }
  | { type: 'commit'; checkId: number };

export type FromImportWorker =
  /** `fraction` null: working, amount unknown (e.g. unpacking a workbook). */
  | { type: 'progress'; phase: ImportPhase; fraction: number | null; checkId?: number }
  | { type: 'loaded'; preview: ImportPreview }
  | { type: 'checked'; checkId: number; check: ImportCheck }
  | { type: 'committed'; report: ImportDirectoryReport }
  | { type: 'failed'; phase: ImportPhase; message: string };

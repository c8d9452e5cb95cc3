// Runs one export in a worker and saves the result through the platform (desktop save dialog or a
// browser download). Leaving the page terminates the worker.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerFilters } from '../../../data/customers/queries';
import { useDb } from '../../../data/dbContext';
import { platform } from '../../../platform/platform';
import { count } from '../plural';
import type { ExportFormat } from './exportFile';
import type { ExportRequest, FromExportWorker } from './exportProtocol';

export type ExportState =
  | { step: 'idle' }
  | { step: 'running'; label: string; fraction: number | null }
  | { step: 'finished'; ok: boolean; message: string };

const formats: Record<ExportFormat, { name: string; extension: string }> = {
  csv: { name: 'CSV', extension: 'csv' },
  xlsx: { name: 'Excel workbook', extension: 'xlsx' },
};

export const exportFileName = (format: ExportFormat, filtered: boolean, now = new Date()) =>
  `liaison-desk-customers${filtered ? '-filtered' : ''}-${now.toISOString().slice(0, 10)}.${formats[format].extension}`;

export function useExport() {
  const db = useDb();
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const worker = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const save = async (format: ExportFormat, filtered: boolean, content: Uint8Array<ArrayBuffer>, customers: number, rows: number) => {
    setState({ step: 'running', label: 'Saving the file', fraction: null });
    const suggestedName = exportFileName(format, filtered);
    const result = await platform.files.saveAs({
      suggestedName,
      filters: [{ name: formats[format].name, extensions: [formats[format].extension] }],
      content,
    });
    if (!result.ok) setState({ step: 'finished', ok: false, message: `The file could not be saved: ${result.error}` });
    else if (result.value.status === 'cancelled') setState({ step: 'finished', ok: false, message: 'Saving was cancelled; nothing was written.' });
    else {
      const where = result.value.path ? `to ${result.value.path}` : `as ${suggestedName} (your browser’s downloads)`;
      setState({ step: 'finished', ok: true, message: `Saved ${count(customers, 'customer')} in ${count(rows, 'row')} ${where}.` });
    }
  };

  const start = (format: ExportFormat, filters: CustomerFilters, now: number) => {
    stop();
    const filtered = Object.keys(filters).length > 0;
    const next = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'export' });
    worker.current = next;
    next.onmessage = ({ data }: MessageEvent<FromExportWorker>) => {
      if (data.type === 'progress') {
        setState({ step: 'running', label: data.phase === 'reading' ? 'Reading customers' : `Writing the ${formats[format].name} file`, fraction: data.fraction });
      } else if (data.type === 'failed') {
        stop();
        setState({ step: 'finished', ok: false, message: `The export failed: ${data.message}` });
      } else {
        stop();
        void save(format, filtered, data.content, data.customers, data.rows);
      }
    };
    next.onerror = (event) => {
      event.preventDefault();
      stop();
      setState({ step: 'finished', ok: false, message: `The export stopped unexpectedly: ${event.message || 'the worker failed'}` });
    };
    setState({ step: 'running', label: 'Reading customers', fraction: 0 });
    next.postMessage({ type: 'export', dbName: db.name, format, filters, now } satisfies ExportRequest);
  };

  const cancel = () => {
    stop();
    setState({ step: 'finished', ok: false, message: 'The export was cancelled.' });
  };

  return { state, start, cancel };
}

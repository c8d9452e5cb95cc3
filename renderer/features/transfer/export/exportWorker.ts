// The export's Web Worker: reads the customers on its own database connection and builds the file, so
// exporting 50k customers never blocks the window. The finished bytes are transferred, not copied.
import { LiaisonDb } from '../../../data/db';
import { exportDirectory } from '../../../data/transfer/exportDirectory';
import { createExportFile } from './exportFile';
import type { ExportRequest, FromExportWorker } from './exportProtocol';

const post = (message: FromExportWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function run(request: ExportRequest): Promise<void> {
  // The page has opened (and set up) this database already: a plain open, no write transaction.
  const db = new LiaisonDb(request.dbName);
  await db.open();
  try {
    const file = createExportFile(request.format);
    post({ type: 'progress', phase: 'reading', fraction: 0 });
    const customers = await exportDirectory(
      db,
      (items, done, total) => {
        file.add(items);
        post({ type: 'progress', phase: 'reading', fraction: done / Math.max(1, total) });
      },
      { filters: request.filters, now: request.now },
    );
    post({ type: 'progress', phase: 'packing', fraction: null });
    const content = await file.finish();
    post({ type: 'done', content, customers, rows: file.rowCount }, [content.buffer]);
  } finally {
    db.close();
  }
}

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  run(event.data).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};

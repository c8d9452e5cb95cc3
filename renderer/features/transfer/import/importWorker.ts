// The import's Web Worker: reads and checks the file and writes the import through the data layer on
// its own database connection, so 100k rows never block the window (Dexie tells the window's live
// queries about the writes). One file per worker; the page terminates it to cancel.
import { LiaisonDb } from '../../../data/db';
import { existingAccountKeys } from '../../../data/transfer/existingAccounts';
import { importDirectory } from '../../../data/transfer/importDirectory';
import type { ImportPlan } from '../../../../shared/transfer/importPlan';
import type { FromImportWorker, ImportPhase, ToImportWorker } from './importProtocol';
import { checkTable, previewTable } from './importSession';
import { readTable, tableKindOf } from './readTable';
import type { Table } from './readTable';

const post = (message: FromImportWorker) => self.postMessage(message);

/** Progress at most every 200 ms: each message re-renders the page on the UI thread. */
const PROGRESS_INTERVAL_MS = 200;
let lastProgressAt = 0;
function progress(message: Extract<FromImportWorker, { type: 'progress' }>) {
  const now = performance.now();
  if (message.fraction !== 0 && message.fraction !== 1 && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
  lastProgressAt = now;
  post(message);
}
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let db: Promise<LiaisonDb> | null = null;

/** The page has opened (and set up) this database already: a plain open, no write transaction. */
async function openDatabase(name: string): Promise<LiaisonDb> {
  const database = new LiaisonDb(name);
  await database.open();
  return database;
}
let table: Table | null = null;
let latestCheck = 0;
let checked: { checkId: number; plan: ImportPlan } | null = null;

async function handle(message: ToImportWorker): Promise<void> {
  if (message.type === 'load') {
    db = openDatabase(message.dbName);
    const kind = tableKindOf(message.file.name);
    if (!kind) throw new Error('Choose a CSV (.csv) or Excel (.xlsx) file. Older .xls workbooks: save them as .xlsx first.');
    const bytes = new Uint8Array(await message.file.arrayBuffer());
    table = await readTable(kind, bytes, (fraction) => progress({ type: 'progress', phase: 'reading', fraction }));
    post({ type: 'loaded', preview: previewTable(message.file.name, table) });
    return;
  }
  if (!table || !db) throw new Error('No file is loaded');
  const database = await db;
  if (message.type === 'check') {
    latestCheck = message.checkId;
    checked = null;
    const { checkId } = message;
    const result = await checkTable(table, message.mapping, {
      existingAccounts: (keys) => existingAccountKeys(database, keys),
      onProgress: (fraction) => progress({ type: 'progress', phase: 'checking', fraction, checkId }),
      shouldStop: () => latestCheck !== checkId,
    });
    if (!result || latestCheck !== checkId) return;
    checked = { checkId, plan: result.plan };
    post({ type: 'checked', checkId, check: result.check });
    return;
  }
  if (!checked || checked.checkId !== message.checkId) throw new Error('The rows changed since they were checked; check them again');
  progress({ type: 'progress', phase: 'writing', fraction: 0 });
  const result = await importDirectory(database, checked.plan.customers, {
    onProgress: (done, total) => progress({ type: 'progress', phase: 'writing', fraction: done / Math.max(1, total) }),
  });
  if (!result.ok) throw new Error(result.error);
  checked = null;
  post({ type: 'committed', report: result.value });
}

const phaseOf: Record<ToImportWorker['type'], ImportPhase> = { load: 'reading', check: 'checking', commit: 'writing' };

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  handle(event.data).catch((error: unknown) => post({ type: 'failed', phase: phaseOf[event.data.type], message: messageOf(error) }));
};

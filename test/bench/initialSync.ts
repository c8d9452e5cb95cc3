// Initial sync of a fresh device, signed in as the demo liaison, from the server that serves this page:
// the app's real path (the sync engine: /me, push, every pull page applied through applyPulledPage and
// bulkLoad, each page with its cursor in one transaction) against a bare Dexie bulkPut of the very same
// records into the same schema, which pulls and derives its rows beforehand, untimed, and writes them
// in transactions of the engine's page size (RECORDS_PER_WRITE, see renderer/data/writeBatch.ts).
import { DEMO_PASSWORD, demoAccounts } from '../../shared/demo/demoAccounts';
import type { EntityName } from '../../shared/domain/entities';
import type { Contact } from '../../shared/domain/contact';
import type { Customer } from '../../shared/domain/customer';
import type { LogEntry } from '../../shared/domain/logEntry';
import { toContactRow, toCustomerRow, toLogEntryRow } from '../../renderer/data/rows';
import { entityTables } from '../../renderer/data/sync/tables';
import { RECORDS_PER_WRITE } from '../../renderer/data/writeBatch';
import { dbNameFor, sessionFromSignIn } from '../../renderer/sync/session';
import { createSyncApi, signIn } from '../../renderer/sync/syncApi';
import { openAccountDevice } from './accountDevice';
import { openBareDb } from './bareDb';
import type { AccountRequest, BareSyncResult, DemoDeviceRequest, InitialSyncResult } from './benchApi';
import { tableCounts } from './tableCounts';
import { timed } from './timed';

function demoLiaison({ deviceName }: DemoDeviceRequest): AccountRequest {
  const liaison = demoAccounts.find((a) => a.role === 'liaison');
  if (!liaison) throw new Error('no demo liaison');
  return { email: liaison.email, password: DEMO_PASSWORD, deviceName };
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function appInitialSync(request: DemoDeviceRequest): Promise<InitialSyncResult> {
  const device = await openAccountDevice(demoLiaison(request));
  try {
    const sync = await timed('sync', 0, () => device.firstSync());
    const stored = await tableCounts(device.db);
    return { sync: { ...sync, records: sum(stored) }, stored };
  } finally {
    await device.engine.stop();
    device.db.close();
  }
}

const toRow: Partial<Record<EntityName, (record: Record<string, unknown>) => object>> = {
  customer: (r) => toCustomerRow(r as unknown as Customer),
  contact: (r) => toContactRow(r as unknown as Contact),
  logEntry: (r) => toLogEntryRow(r as unknown as LogEntry),
};

export async function bareInitialSync(request: DemoDeviceRequest): Promise<BareSyncResult> {
  const baseUrl = () => location.origin;
  const fetchLike = (input: string, init?: RequestInit) => fetch(input, init);
  const session = sessionFromSignIn(await signIn({ baseUrl, fetch: fetchLike }, demoLiaison(request)));
  const api = createSyncApi({ baseUrl, fetch: fetchLike, token: () => session.token });
  const fetchStart = performance.now();
  const records = new Map<EntityName, Record<string, unknown>[]>();
  let cursor: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await api.pull(cursor, RECORDS_PER_WRITE);
    pages += 1;
    for (const change of page.changes) {
      if (!('record' in change)) continue;
      const list = records.get(change.entity);
      if (list) list.push(change.record);
      else records.set(change.entity, [change.record]);
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const fetchMs = performance.now() - fetchStart;
  const prepareStart = performance.now();
  const rows = [...records].map(([entity, list]) => ({ table: entityTables[entity], rows: list.map(toRow[entity] ?? ((r) => r)) }));
  const prepareMs = performance.now() - prepareStart;
  const db = await openBareDb(dbNameFor(session.user.id));
  try {
    const total = rows.reduce((n, t) => n + t.rows.length, 0);
    const write = await timed('bare', total, async () => {
      for (const { table, rows: list } of rows) {
        for (let start = 0; start < list.length; start += RECORDS_PER_WRITE) {
          await db.transaction('rw', db.table(table), () => db.table(table).bulkPut(list.slice(start, start + RECORDS_PER_WRITE)));
        }
      }
    });
    return { fetchMs, pages, prepareMs, write, stored: await tableCounts(db) };
  } finally {
    db.close();
  }
}

// One of the connected clients of the fan-out benchmark: this page is a signed-in device running the
// app's sync engine with its live signal. The driving script asks it to watch for a log entry before
// the writer pushes it, then when the entry was in this device's database (Dexie liveQuery on the
// database the engine writes to, so the time is taken right after the pulled page committed).
import { liveQuery } from 'dexie';
import type { AccountDevice } from './accountDevice';
import { openAccountDevice } from './accountDevice';
import type { AccountRequest, DeviceReady } from './benchApi';
import { tableCounts } from './tableCounts';

let device: AccountDevice | null = null;
const arrivals = new Map<string, Promise<number>>();

export async function connectDevice(account: AccountRequest): Promise<DeviceReady> {
  device = await openAccountDevice(account);
  const start = performance.now();
  await device.firstSync({ live: true });
  return { readyMs: performance.now() - start, stored: await tableCounts(device.db) };
}

export function watchLogEntry(id: string): Promise<void> {
  const db = device?.db;
  if (!db) return Promise.reject(new Error('connectDevice first'));
  return new Promise((armed, fail) => {
    arrivals.set(id, new Promise((arrived) => {
      const subscription = liveQuery(() => db.logEntries.get(id)).subscribe({
        next: (row) => {
          armed();
          if (row === undefined) return;
          arrived(Date.now());
          subscription.unsubscribe();
        },
        error: fail,
      });
    }));
  });
}

export function logEntryArrival(id: string): Promise<number> {
  return arrivals.get(id) ?? Promise.reject(new Error(`not watching ${id}`));
}

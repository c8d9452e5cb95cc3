// The push-throughput benchmark's load: every device pushes `rounds` batches of new log entries through
// the client's sync API, each batch once the previous one was acknowledged (as the sync engine does),
// all devices at once. Each device has its own client id and gap-free seq (TestClient).
import { createSyncApi } from '../../../renderer/sync/syncApi';
import { logEntryRecord, TestClient } from '../../support/syncBuilders';
import type { DeviceSession } from './deviceSessions';

export interface PushLoadOptions {
  url: string;
  devices: readonly DeviceSession[];
  rounds: number;
  batchSize: number;
}

export interface PushLoadResult {
  /** Mutations the server answered `applied`. */
  applied: number;
  /** Other answers (refused, duplicate), with the first reason. */
  notApplied: number;
  firstProblem: string | null;
  /** From the first push sent until the last acknowledged. */
  ms: number;
  /** Each push, sent to acknowledged. */
  latencies: number[];
}

export async function runPushLoad({ url, devices, rounds, batchSize }: PushLoadOptions): Promise<PushLoadResult> {
  const result: PushLoadResult = { applied: 0, notApplied: 0, firstProblem: null, ms: 0, latencies: [] };
  const start = performance.now();
  await Promise.all(devices.map(async ({ token, scopeId }, d) => {
    const api = createSyncApi({ baseUrl: () => url, fetch: (input, init) => fetch(input, init), token: () => token });
    const device = new TestClient();
    for (let round = 0; round < rounds; round++) {
      const batch = Array.from({ length: batchSize }, (_, i) =>
        device.insert('logEntry', logEntryRecord(scopeId, null, { summary: `Push bench device ${d + 1}, batch ${round + 1}, entry ${i + 1}` })));
      const sent = performance.now();
      const response = await api.push(device.clientId, batch);
      result.latencies.push(performance.now() - sent);
      for (const r of response.results) {
        if (r.status === 'applied') result.applied += 1;
        else {
          result.notApplied += 1;
          result.firstProblem ??= JSON.stringify(r);
        }
      }
      if (response.gap) throw new Error(`device ${d + 1}: seq gap ${JSON.stringify(response.gap)}`);
    }
  }));
  result.ms = performance.now() - start;
  return result;
}

// The fan-out benchmark's writer: a device (own client id and seq) that pushes one new log entry at a
// time through the client's sync API and notes when the push was sent and when the server acknowledged
// it (Date.now(), the clock the Chromium clients report arrivals with).
import { createSyncApi } from '../../../renderer/sync/syncApi';
import { logEntryRecord, TestClient } from '../../support/syncBuilders';

export interface PushedChange {
  sentAt: number;
  ackAt: number;
}

export function changeWriter(url: string, token: string, scopeId: string) {
  const api = createSyncApi({ baseUrl: () => url, fetch: (input, init) => fetch(input, init), token: () => token });
  const device = new TestClient();
  return {
    /** A new log entry's id, and the push that sends it. */
    next(): { id: string; push: () => Promise<PushedChange> } {
      const record = logEntryRecord(scopeId, null, { summary: 'Fan-out benchmark change' });
      return {
        id: record.id,
        push: async () => {
          const mutation = device.insert('logEntry', record);
          const sentAt = Date.now();
          const { results } = await api.push(device.clientId, [mutation]);
          const ackAt = Date.now();
          if (results[0]?.status !== 'applied') throw new Error(`the writer's change was not applied: ${JSON.stringify(results[0])}`);
          return { sentAt, ackAt };
        },
      };
    },
  };
}

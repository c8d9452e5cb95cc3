import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../shared/ipc/contract';

// Electron's renderer modules exist only inside Electron; stand them in to see what the preload exposes.
const exposed: Record<string, unknown> = {};
const invoked: unknown[][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: null }) },
}));

type Api = Record<string, Record<string, (request?: unknown) => Promise<unknown>>>;

describe('preload', () => {
  beforeAll(async () => {
    await import('./index');
  });

  it('exposes exactly one object, window.desktop', () => {
    expect(Object.keys(exposed)).toEqual(['desktop']);
  });

  it('has one function per contract channel, each invoking its own channel with the request', async () => {
    const api = exposed.desktop as Api;
    const exposedChannels = Object.entries(api).flatMap(([ns, methods]) => Object.keys(methods).map((m) => `${ns}.${m}`));
    expect(exposedChannels.sort()).toEqual(Object.keys(ipcContract).sort());
    for (const channel of Object.keys(ipcContract)) {
      const [ns = '', method = ''] = channel.split('.');
      invoked.length = 0;
      await api[ns]?.[method]?.({ probe: channel });
      expect(invoked[0]?.[0], channel).toBe(channel);
    }
  });
});

// Stands in for Electron's ipcMain in node tests: records `handle()` listeners and calls them the way
// `ipcRenderer.invoke` would, from a chosen sender frame (default: the app's top-level page).
import type { InvokeEvent, SenderFrame } from '../../electron/main/ipcRouter';

export const APP_FRAME: SenderFrame = { url: 'app://liaison-desk/index.html', parent: null };

export type FakeInvokeEvent = InvokeEvent & { sender: { id: number } };

export const fakeIpcMain = () => {
  const listeners = new Map<string, (event: FakeInvokeEvent, payload: unknown) => Promise<unknown>>();
  return {
    channels: () => [...listeners.keys()],
    handle(channel: string, listener: (event: FakeInvokeEvent, payload: unknown) => Promise<unknown>) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    invoke(channel: string, payload: unknown, senderFrame: SenderFrame | null = APP_FRAME) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame, sender: { id: 1 } }, payload);
    },
  };
};

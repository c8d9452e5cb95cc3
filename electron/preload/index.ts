// The renderer's only door to the desktop: one object, `window.desktop`, one function per IPC channel.
// Sandboxed preloads cannot load modules, so this file imports only types (erased) besides Electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, IpcChannel, IpcRequest, IpcResult } from '../../shared/ipc/contract';

const invoke = <C extends IpcChannel>(channel: C, request?: IpcRequest<C>): Promise<IpcResult<C>> =>
  ipcRenderer.invoke(channel, request);

const desktop = {
  app: { getInfo: () => invoke('app.getInfo') },
  secrets: {
    getStatus: () => invoke('secrets.getStatus'),
    setUnprotectedConsent: (request) => invoke('secrets.setUnprotectedConsent', request),
    get: (request) => invoke('secrets.get', request),
    set: (request) => invoke('secrets.set', request),
    delete: (request) => invoke('secrets.delete', request),
  },
  files: { saveAs: (request) => invoke('files.saveAs', request) },
  notifications: {
    show: (request) => invoke('notifications.show', request),
    getPermission: () => invoke('notifications.getPermission'),
    requestPermission: () => invoke('notifications.requestPermission'),
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);

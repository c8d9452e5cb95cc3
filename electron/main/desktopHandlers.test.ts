import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ipcContract } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { fakeIpcMain } from '../../test/support/electronIpcFake';
import { registerDesktopHandlers } from './desktopHandlers';
import { createIpcRouter } from './ipcRouter';
import { saveFileAs } from './saveFile';
import { createSecretStore } from './secretStore';

const dir = mkdtempSync(join(tmpdir(), 'ld-handlers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The whole main-side stack (router, handlers, secret store, save) with Electron's parts stood in. */
const setup = (notificationsSupported = true) => {
  const ipc = fakeIpcMain();
  const notifications: { title: string; body: string }[] = [];
  const secrets = createSecretStore({
    file: join(dir, `secrets-${Math.random()}.json`),
    platform: 'linux',
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      encryptStringAsync: async (text) => Buffer.from(text, 'utf8').map((b) => b ^ 0x5a) as Buffer,
      decryptStringAsync: async (data) => ({ result: Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'), shouldReEncrypt: false }),
      getSelectedStorageBackend: () => 'kwallet6',
    },
  });
  registerDesktopHandlers(createIpcRouter(ipc, () => undefined), {
    appInfo: async () => ({ name: 'Liaison Desk', version: '0.1.0', platform: 'linux', electronVersion: '45.4.1', serverUrl: 'http://127.0.0.1:40111' }),
    secrets,
    saveFile: (request) => saveFileAs(request, { defaultDir: dir, showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'out.csv') }) }),
    notify: async (request) => {
      notifications.push(request);
      return ok('clicked');
    },
    notificationsSupported: () => notificationsSupported,
  });
  return { ipc, notifications };
};

describe('registerDesktopHandlers', () => {
  it('registers every channel of the contract exactly once', () => {
    expect(setup().ipc.channels().sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('answers app.getInfo', async () => {
    expect(await setup().ipc.invoke('app.getInfo', undefined)).toMatchObject({ ok: true, value: { platform: 'linux', serverUrl: 'http://127.0.0.1:40111' } });
  });

  it('stores, reads and deletes a secret through IPC', async () => {
    const { ipc } = setup();
    expect(await ipc.invoke('secrets.getStatus', undefined)).toMatchObject({ ok: true, value: { protection: 'os-keyring', backend: 'kwallet6' } });
    expect(await ipc.invoke('secrets.set', { key: 'sessionToken', value: 'tok-1' })).toEqual({ ok: true, value: null });
    expect(await ipc.invoke('secrets.get', { key: 'sessionToken' })).toEqual({ ok: true, value: 'tok-1' });
    expect(await ipc.invoke('secrets.delete', { key: 'sessionToken' })).toEqual({ ok: true, value: null });
    expect(await ipc.invoke('secrets.get', { key: 'sessionToken' })).toEqual({ ok: true, value: null });
    expect(await ipc.invoke('secrets.setUnprotectedConsent', { allow: true })).toMatchObject({ ok: true, value: { consentToUnprotected: true } });
  });

  it('saves a file and shows a notification, answering how it ended', async () => {
    const { ipc, notifications } = setup();
    expect(await ipc.invoke('files.saveAs', { suggestedName: 'log.csv', content: 'x,y' })).toEqual({ ok: true, value: { status: 'saved', path: join(dir, 'out.csv') } });
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('x,y');
    expect(await ipc.invoke('notifications.show', { title: 'Sync', body: 'Back online' })).toEqual({ ok: true, value: 'clicked' });
    expect(notifications).toEqual([{ title: 'Sync', body: 'Back online' }]);
  });

  it('refuses a save whose suggested name is a path', async () => {
    const { ipc } = setup();
    for (const suggestedName of ['../../.bashrc', '/etc/passwd', 'C:\\x.csv', '..']) {
      expect(await ipc.invoke('files.saveAs', { suggestedName, content: 'x' }), suggestedName).toMatchObject({ ok: false });
    }
  });

  it('validates notifications before they reach the OS: sender, title, size, no extra keys', async () => {
    const { ipc, notifications } = setup();
    const refused = [
      { title: '', body: 'x' },
      { title: 'x'.repeat(201), body: '' },
      { title: 'Life-safety report', body: 'x'.repeat(2_001) },
      { title: 'Life-safety report', body: 'Line down', icon: 'file:///etc/passwd' },
      { title: 42, body: 'x' },
      undefined,
    ];
    for (const payload of refused) expect(await ipc.invoke('notifications.show', payload), JSON.stringify(payload)).toMatchObject({ ok: false });
    expect(await ipc.invoke('notifications.show', { title: 'Life-safety report', body: 'Line down' }, { url: 'https://evil.example/', parent: null })).toMatchObject({
      ok: false,
      error: expect.stringContaining('did not come from the app window'),
    });
    expect(await ipc.invoke('notifications.show', { title: 'Life-safety report', body: 'Line down' }, { url: 'app://liaison-desk/index.html', parent: {} })).toMatchObject({ ok: false });
    expect(notifications).toEqual([]);
  });

  it('reports notification permission from OS support, and refuses a payload on the permission channels', async () => {
    expect(await setup(true).ipc.invoke('notifications.getPermission', undefined)).toEqual({ ok: true, value: 'granted' });
    expect(await setup(true).ipc.invoke('notifications.requestPermission', undefined)).toEqual({ ok: true, value: 'granted' });
    expect(await setup(false).ipc.invoke('notifications.getPermission', undefined)).toEqual({ ok: true, value: 'unsupported' });
    expect(await setup(true).ipc.invoke('notifications.requestPermission', { force: true })).toMatchObject({ ok: false });
  });
});

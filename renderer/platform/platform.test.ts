import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { createPlatform, platform } from './platform';

describe('platform', () => {
  it('falls back to the browser implementation without the preload bridge', async () => {
    expect(platform.isDesktop).toBe(false);
    expect(await platform.app.getInfo()).toMatchObject({ ok: true, value: { platform: 'web', serverUrl: window.location.origin } });
  });

  it('forwards to window.desktop inside the desktop shell', async () => {
    const calls: string[] = [];
    const record = <T>(name: string, value: T) => async () => (calls.push(name), ok(value));
    const desktop: DesktopApi = {
      app: { getInfo: record('getInfo', { name: 'Liaison Desk', version: '1', platform: 'linux', electronVersion: '45.4.1', serverUrl: 'http://127.0.0.1:1' }) },
      secrets: {
        getStatus: record('getStatus', { protection: 'os-keyring', backend: 'gnome_libsecret', consentToUnprotected: false, canStore: true }),
        setUnprotectedConsent: record('setUnprotectedConsent', { protection: 'os-keyring', backend: 'gnome_libsecret', consentToUnprotected: true, canStore: true }),
        get: record('get', 'tok'),
        set: record('set', null),
        delete: record('delete', null),
      },
      files: { saveAs: record('saveAs', { status: 'cancelled' }) },
      notifications: { show: record('show', 'clicked'), getPermission: record('getPermission', 'granted'), requestPermission: record('requestPermission', 'granted') },
    };
    const desk = createPlatform(desktop);
    expect(desk.isDesktop).toBe(true);
    expect(await desk.app.getInfo()).toMatchObject({ ok: true, value: { electronVersion: '45.4.1' } });
    expect(await desk.secrets.get({ key: 'sessionToken' })).toEqual({ ok: true, value: 'tok' });
    expect(await desk.files.saveAs({ suggestedName: 'a.csv', content: 'x' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(calls).toEqual(['getInfo', 'get', 'saveAs']);
  });
});

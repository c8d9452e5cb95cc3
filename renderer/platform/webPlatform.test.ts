import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebPlatform, SECRET_PREFIX } from './webPlatform';
import type { WebEnv } from './webPlatform';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

/** The page's real facilities (jsdom), except those jsdom lacks, which each test supplies. */
const env = (overrides: Partial<WebEnv> = {}): WebEnv => ({
  origin: window.location.origin,
  sessionStorage: window.sessionStorage,
  document,
  createObjectURL: () => 'blob:unused',
  revokeObjectURL: () => undefined,
  Notification: undefined,
  focusWindow: () => undefined,
  ...overrides,
});

/** jsdom's Blob has no text(); FileReader reads it. */
const readText = (blob: Blob) =>
  new Promise<unknown>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsText(blob);
  });

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('web platform: app.getInfo', () => {
  it('reports the web platform and this origin as the server', async () => {
    expect(await createWebPlatform(env({ origin: 'https://desk.utility.example' })).app.getInfo()).toEqual({
      ok: true,
      value: { name: 'Liaison Desk', version: pkg.version, platform: 'web', electronVersion: null, serverUrl: 'https://desk.utility.example' },
    });
  });
});

describe('web platform: secrets', () => {
  it('keeps secrets in sessionStorage only', async () => {
    const { secrets } = createWebPlatform(env());
    expect(await secrets.getStatus()).toEqual({ ok: true, value: { protection: 'browser-session', backend: 'sessionStorage', consentToUnprotected: false, canStore: true } });
    expect(await secrets.get({ key: 'sessionToken' })).toEqual({ ok: true, value: null });
    expect(await secrets.set({ key: 'sessionToken', value: 'tok-9' })).toEqual({ ok: true, value: null });
    expect(await secrets.get({ key: 'sessionToken' })).toEqual({ ok: true, value: 'tok-9' });
    expect(sessionStorage.getItem(`${SECRET_PREFIX}sessionToken`)).toBe('tok-9');
    expect(localStorage.length).toBe(0);
    expect(await secrets.delete({ key: 'sessionToken' })).toEqual({ ok: true, value: null });
    expect(sessionStorage.length).toBe(0);
  });

  it('validates requests like the desktop does', async () => {
    const { secrets } = createWebPlatform(env());
    const result = await secrets.set({ key: '../x', value: 'v' });
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(/^secrets\.set: invalid request/);
  });

  it('reports secrets unavailable when the browser blocks storage', async () => {
    const { secrets } = createWebPlatform(env({ sessionStorage: null }));
    expect(await secrets.getStatus()).toMatchObject({ ok: true, value: { protection: 'unavailable', canStore: false } });
    expect(await secrets.set({ key: 'sessionToken', value: 'v' })).toMatchObject({ ok: false });
  });
});

describe('web platform: files.saveAs', () => {
  it('downloads the content through a Blob and a temporary anchor', async () => {
    const blobs: Blob[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (event: MouseEvent) => {
      clicked.push(event.target as HTMLAnchorElement);
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      const files = createWebPlatform(env({ createObjectURL: (blob) => (blobs.push(blob), 'blob:liaison/1') })).files;
      expect(await files.saveAs({ suggestedName: 'ics214.csv', content: 'a,b\n' })).toEqual({ ok: true, value: { status: 'saved', path: null } });
      expect(await files.saveAs({ suggestedName: 'log.bin', content: new Uint8Array([1, 2, 3]) })).toMatchObject({ ok: true });
    } finally {
      document.removeEventListener('click', onClick);
    }
    expect(clicked.map((a) => [a.download, a.getAttribute('href')])).toEqual([
      ['ics214.csv', 'blob:liaison/1'],
      ['log.bin', 'blob:liaison/1'],
    ]);
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await readText(blobs[0]!)).toBe('a,b\n');
    expect(blobs[1]?.type).toBe('application/octet-stream');
    expect(blobs[1]?.size).toBe(3);
  });

  it('refuses a suggested name that is a path', async () => {
    expect(await createWebPlatform(env()).files.saveAs({ suggestedName: '../x.csv', content: '' })).toMatchObject({ ok: false });
  });
});

describe('web platform: notifications', () => {
  /** A Web Notifications stand-in with a settable permission and a user who answers `answer`. */
  const notificationApi = (permission: NotificationPermission, answer: NotificationPermission = permission) => {
    const shown: { title: string; body: string | undefined }[] = [];
    const instances: FakeNotification[] = [];
    let asked = 0;
    class FakeNotification {
      static permission = permission;
      static async requestPermission() {
        asked++;
        FakeNotification.permission = answer;
        return answer;
      }
      onclick: ((event: Event) => void) | null = null;
      onclose: ((event: Event) => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
        instances.push(this);
      }
    }
    /** The user clicks (or dismisses) the latest notification, once the platform has listened to it. */
    const latest = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return instances.at(-1)!;
    };
    return { Notification: FakeNotification, shown, asked: () => asked, latest };
  };

  it('shows a notification when permitted, and answers when it is clicked (bringing the window forward) or dismissed', async () => {
    const api = notificationApi('granted');
    let focused = 0;
    const web = createWebPlatform(env({ Notification: api.Notification, focusWindow: () => focused++ }));
    const clicked = web.notifications.show({ title: 'ETR moved', body: 'Feeder 12: 18:00' });
    (await api.latest()).onclick?.(new Event('click'));
    expect(await clicked).toEqual({ ok: true, value: 'clicked' });
    expect(focused).toBe(1);
    const dismissed = web.notifications.show({ title: 'Briefing v5', body: 'Published' });
    (await api.latest()).onclose?.(new Event('close'));
    expect(await dismissed).toEqual({ ok: true, value: 'closed' });
    expect(focused).toBe(1);
    expect(api.shown).toEqual([{ title: 'ETR moved', body: 'Feeder 12: 18:00' }, { title: 'Briefing v5', body: 'Published' }]);
    expect(api.asked()).toBe(0);
  });

  it('never asks when showing: only requestPermission (from a click) asks, and says what the user chose', async () => {
    const yes = notificationApi('default', 'granted');
    const web = createWebPlatform(env({ Notification: yes.Notification }));
    expect(await web.notifications.show({ title: 't', body: 'b' })).toEqual({ ok: false, error: 'Notifications are not allowed yet: allow them in Settings.' });
    expect(yes.asked()).toBe(0);
    expect(await web.notifications.getPermission()).toEqual({ ok: true, value: 'default' });
    expect(await web.notifications.requestPermission()).toEqual({ ok: true, value: 'granted' });
    expect(yes.asked()).toBe(1);
    const shown = web.notifications.show({ title: 't', body: 'b' });
    (await yes.latest()).onclose?.(new Event('close'));
    expect(await shown).toMatchObject({ ok: true });
    expect(await web.notifications.requestPermission()).toEqual({ ok: true, value: 'granted' });
    expect(yes.asked()).toBe(1);
    const no = notificationApi('default', 'denied');
    const blocked = createWebPlatform(env({ Notification: no.Notification }));
    expect(await blocked.notifications.requestPermission()).toEqual({ ok: true, value: 'denied' });
    expect(await blocked.notifications.show({ title: 't', body: 'b' })).toEqual({ ok: false, error: 'Notifications are blocked for this site in the browser settings.' });
    expect(no.shown).toEqual([]);
  });

  it('fails clearly without the Notifications API', async () => {
    expect(await createWebPlatform(env()).notifications.show({ title: 't', body: 'b' })).toEqual({ ok: false, error: 'This browser does not support notifications.' });
    expect(await createWebPlatform(env()).notifications.requestPermission()).toEqual({ ok: true, value: 'unsupported' });
  });
});

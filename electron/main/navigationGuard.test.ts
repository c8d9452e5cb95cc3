import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents, isNavigationAllowed } from './navigationGuard';

type WindowOpenHandler = (details: { url: string }) => { action: string };

/** A web contents stand-in: an event emitter plus the window-open hook Electron offers. */
const fakeContents = () => {
  const emitter = new EventEmitter() as EventEmitter & { setWindowOpenHandler(h: WindowOpenHandler): void; openHandler?: WindowOpenHandler };
  emitter.setWindowOpenHandler = (h) => (emitter.openHandler = h);
  return emitter;
};
const navigation = (url: string) => {
  const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

describe('navigation guard', () => {
  it('allows the app origin only', () => {
    expect(isNavigationAllowed('app://liaison-desk/customers')).toBe(true);
    expect(isNavigationAllowed('https://evil.example/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('http://127.0.0.1:4417/')).toBe(false);
  });

  it('cancels navigations, frame navigations and redirects away from the app', () => {
    const contents = fakeContents();
    guardWebContents(contents as unknown as WebContents, async () => false);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navigation('https://evil.example/phish');
      contents.emit(name, away);
      expect(away.prevented, name).toBe(true);
      const home = navigation('app://liaison-desk/index.html');
      contents.emit(name, home);
      expect(home.prevented, name).toBe(false);
    }
  });

  it('never attaches a webview', () => {
    const contents = fakeContents();
    guardWebContents(contents as unknown as WebContents, async () => false);
    const attach = navigation('about:blank');
    contents.emit('will-attach-webview', attach);
    expect(attach.prevented).toBe(true);
  });

  it('denies every new window and hands the URL to the external opener', async () => {
    const contents = fakeContents();
    const asked: string[] = [];
    guardWebContents(contents as unknown as WebContents, async (url) => {
      asked.push(url);
      return true;
    });
    expect(contents.openHandler?.({ url: 'https://training.fema.gov/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://liaison-desk/popup' })).toEqual({ action: 'deny' });
    expect(asked).toEqual(['https://training.fema.gov/', 'app://liaison-desk/popup']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { installPermissionHandlers, isPermissionAllowed } from './permissions';

describe('permissions', () => {
  it('allows notifications and clipboard writes for the app origin', () => {
    expect(isPermissionAllowed('notifications', 'app://liaison-desk/index.html')).toBe(true);
    expect(isPermissionAllowed('notifications', 'app://liaison-desk')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://liaison-desk/')).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'display-capture', 'hid', 'serial', 'usb', 'openExternal', 'fileSystem', 'unknown'])(
    'refuses %s',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://liaison-desk/')).toBe(false);
    },
  );

  it('refuses even allowed permissions for other origins', () => {
    expect(isPermissionAllowed('notifications', 'https://evil.example')).toBe(false);
    expect(isPermissionAllowed('notifications', 'app://other-host/')).toBe(false);
    expect(isPermissionAllowed('notifications', 'file:///index.html')).toBe(false);
  });

  it('installs request, check, device and display-media handlers on the session', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      setDisplayMediaRequestHandler: (h: never) => (handlers.display = h),
    } as unknown as Session;
    installPermissionHandlers(session);

    const answers: boolean[] = [];
    const request = handlers.request as unknown as (c: null, p: string, cb: (v: boolean) => void, d: { requestingUrl: string }) => void;
    request(null, 'notifications', (v) => answers.push(v), { requestingUrl: 'app://liaison-desk/index.html' });
    request(null, 'media', (v) => answers.push(v), { requestingUrl: 'app://liaison-desk/index.html' });
    expect(answers).toEqual([true, false]);

    const check = handlers.check as unknown as (c: null, p: string, origin: string) => boolean;
    expect(check(null, 'notifications', 'app://liaison-desk')).toBe(true);
    expect(check(null, 'geolocation', 'app://liaison-desk')).toBe(false);
    expect((handlers.device as unknown as () => boolean)()).toBe(false);

    const streams: unknown[] = [];
    (handlers.display as unknown as (r: unknown, cb: (s: unknown) => void) => void)({}, (s) => streams.push(s));
    expect(streams).toEqual([{}]);
  });
});

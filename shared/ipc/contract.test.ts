import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from '../result';
import { ipcContract } from './contract';
import type { AppInfo, DesktopApi, IpcRequest } from './contract';

describe('IPC contract', () => {
  it('names every channel namespace.method', () => {
    for (const channel of Object.keys(ipcContract)) expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('derives one DesktopApi function per channel', () => {
    expectTypeOf<DesktopApi['app']['getInfo']>().toEqualTypeOf<() => Promise<Result<AppInfo>>>();
    expectTypeOf<DesktopApi['secrets']['get']>().parameter(0).toEqualTypeOf<IpcRequest<'secrets.get'>>();
    expectTypeOf<DesktopApi['secrets']['get']>().returns.resolves.toEqualTypeOf<Result<string | null>>();
    expectTypeOf<keyof DesktopApi>().toEqualTypeOf<'app' | 'secrets' | 'files' | 'notifications'>();
  });

  it('accepts plain file names and refuses anything path-like in files.saveAs', () => {
    const { request } = ipcContract['files.saveAs'];
    for (const name of ['ics214-2025-06-01.csv', 'Briefing v3 (final).pdf', 'log']) {
      expect(request.safeParse({ suggestedName: name, content: '' }).success, name).toBe(true);
    }
    for (const name of ['../x.csv', 'a/b.csv', 'a\\b.csv', 'C:x.csv', '..', '.', 'a\u0000.csv', 'a\nb.csv', '', 'x'.repeat(256)]) {
      expect(request.safeParse({ suggestedName: name, content: '' }).success, JSON.stringify(name)).toBe(false);
    }
  });

  it('takes text or bytes as export content, defaults filters, refuses unknown keys', () => {
    const { request } = ipcContract['files.saveAs'];
    expect(request.parse({ suggestedName: 'a.bin', content: new Uint8Array([1]) }).filters).toEqual([]);
    expect(request.safeParse({ suggestedName: 'a.bin', content: 42 }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.csv', content: '', path: '/etc/passwd' }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.csv', content: '', filters: [{ name: 'CSV', extensions: ['../csv'] }] }).success).toBe(false);
  });

  it('bounds secret keys, values and notifications', () => {
    expect(ipcContract['secrets.set'].request.safeParse({ key: 'sessionToken', value: 't' }).success).toBe(true);
    expect(ipcContract['secrets.set'].request.safeParse({ key: 'session token', value: 't' }).success).toBe(false);
    expect(ipcContract['secrets.set'].request.safeParse({ key: 'sessionToken', value: '' }).success).toBe(false);
    expect(ipcContract['secrets.get'].request.safeParse({ key: 'a'.repeat(65) }).success).toBe(false);
    expect(ipcContract['notifications.show'].request.safeParse({ title: '', body: 'x' }).success).toBe(false);
    expect(ipcContract['app.getInfo'].request.safeParse({ sneaky: true }).success).toBe(false);
  });
});

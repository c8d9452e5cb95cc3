import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/result';
import { APP_FRAME, fakeIpcMain } from '../../test/support/electronIpcFake';
import { createIpcRouter, isTrustedSender } from './ipcRouter';

const setup = () => {
  const ipc = fakeIpcMain();
  const logs: string[] = [];
  const handle = createIpcRouter(ipc, (m) => logs.push(m));
  return { ipc, logs, handle };
};

describe('isTrustedSender', () => {
  it('trusts only the top frame of an app:// page', () => {
    expect(isTrustedSender(APP_FRAME)).toBe(true);
    expect(isTrustedSender({ url: 'app://liaison-desk/customers/1', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://liaison-desk/index.html', parent: APP_FRAME })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('createIpcRouter', () => {
  it('returns ok with the handler value for a good request from the app', async () => {
    const { ipc, handle } = setup();
    handle('notifications.show', ({ title }) => (title === 'Briefing v4' ? ok('clicked') : fail('unexpected')));
    expect(await ipc.invoke('notifications.show', { title: 'Briefing v4', body: 'Published' })).toEqual({ ok: true, value: 'clicked' });
  });

  it('refuses a sender from another origin without running the handler', async () => {
    const { ipc, logs, handle } = setup();
    let ran = false;
    handle('secrets.get', () => {
      ran = true;
      return ok('token');
    });
    const result = await ipc.invoke('secrets.get', { key: 'sessionToken' }, { url: 'https://evil.example/', parent: null });
    expect(result).toEqual({ ok: false, error: 'secrets.get: refused, the request did not come from the app window' });
    expect(await ipc.invoke('secrets.get', { key: 'sessionToken' }, { url: 'app://liaison-desk/', parent: APP_FRAME })).toMatchObject({ ok: false });
    expect(await ipc.invoke('secrets.get', { key: 'sessionToken' }, null)).toMatchObject({ ok: false });
    expect(ran).toBe(false);
    expect(logs[0]).toContain('https://evil.example/');
  });

  it('refuses a malformed payload with a clear error naming the field', async () => {
    const { ipc, handle } = setup();
    let ran = false;
    handle('secrets.set', () => {
      ran = true;
      return ok(null);
    });
    const bad = (await ipc.invoke('secrets.set', { key: '../etc/passwd', value: 'x' })) as { ok: boolean; error: string };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/^secrets\.set: invalid request: .*key/s);
    const extra = await ipc.invoke('secrets.set', { key: 'sessionToken', value: 'x', admin: true });
    expect((extra as { error: string }).error).toMatch(/admin/);
    const missing = await ipc.invoke('secrets.set', undefined);
    expect(missing).toMatchObject({ ok: false });
    expect(ran).toBe(false);
  });

  it('turns a throwing handler into an error result instead of a rejection', async () => {
    const { ipc, logs, handle } = setup();
    handle('app.getInfo', () => {
      throw new Error('disk on fire');
    });
    expect(await ipc.invoke('app.getInfo', undefined)).toEqual({ ok: false, error: 'app.getInfo failed: disk on fire' });
    expect(logs).toEqual(['IPC app.getInfo failed: disk on fire']);
  });

  it('passes a handler failure through and checks responses against the contract', async () => {
    const { ipc, handle } = setup();
    handle('secrets.delete', () => fail('keyring locked'));
    expect(await ipc.invoke('secrets.delete', { key: 'sessionToken' })).toEqual({ ok: false, error: 'keyring locked' });
    handle('secrets.get', () => ok(42 as unknown as string));
    expect(await ipc.invoke('secrets.get', { key: 'sessionToken' })).toEqual({ ok: false, error: 'secrets.get: internal error (invalid response)' });
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startEmbeddedServer } from './embeddedServer';
import type { ForkServer } from './embeddedServer';

/** A utility-process stand-in: records how it was forked and lets the test post its messages. */
const fakeFork = () => {
  const child = Object.assign(new EventEmitter(), { killed: 0, kill: () => (child.killed++, true) });
  const calls: Parameters<ForkServer>[] = [];
  const fork: ForkServer = (...args) => {
    calls.push(args);
    return child;
  };
  return { child, calls, fork };
};

describe('startEmbeddedServer', () => {
  it('forks the bundle on a free loopback port with its data dir and resolves with the reported URL', async () => {
    const { child, calls, fork } = fakeFork();
    const started = startEmbeddedServer({ fork, entry: '/app/dist-electron/server/main.js', dataDir: '/profile/server', env: { PATH: '/bin' } });
    child.emit('message', { type: 'progress' });
    child.emit('message', { type: 'listening', url: 'http://127.0.0.1:40111' });
    const server = await started;
    expect(server.url).toBe('http://127.0.0.1:40111');
    expect(calls[0]?.[0]).toBe('/app/dist-electron/server/main.js');
    expect(calls[0]?.[2].env).toEqual({ PATH: '/bin', PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/profile/server' });
    server.stop();
    expect(child.killed).toBe(1);
  });

  it('rejects with the server error message', async () => {
    const { child, fork } = fakeFork();
    const started = startEmbeddedServer({ fork, entry: 'main.js', dataDir: '/d', env: {} });
    child.emit('message', { type: 'error', message: 'DATA_DIR is not writable' });
    await expect(started).rejects.toThrow('DATA_DIR is not writable');
  });

  it('reports the origin of the URL and refuses non-HTTP URLs', async () => {
    const first = fakeFork();
    const started = startEmbeddedServer({ fork: first.fork, entry: 'main.js', dataDir: '/d', env: {} });
    first.child.emit('message', { type: 'listening', url: 'http://127.0.0.1:40112/' });
    expect((await started).url).toBe('http://127.0.0.1:40112');
    const second = fakeFork();
    const refused = startEmbeddedServer({ fork: second.fork, entry: 'main.js', dataDir: '/d', env: {} });
    second.child.emit('message', { type: 'listening', url: 'file:///etc/passwd' });
    await expect(refused).rejects.toThrow('non-HTTP');
  });

  it('rejects when the process exits before listening', async () => {
    const { child, fork } = fakeFork();
    const started = startEmbeddedServer({ fork, entry: 'main.js', dataDir: '/d', env: {} });
    child.emit('exit', 3);
    await expect(started).rejects.toThrow('exited (code 3)');
  });

  it('gives up and stops the process after the timeout', async () => {
    const { child, fork } = fakeFork();
    await expect(startEmbeddedServer({ fork, entry: 'main.js', dataDir: '/d', env: {}, timeoutMs: 20 })).rejects.toThrow('did not report listening');
    expect(child.killed).toBe(1);
  });
});

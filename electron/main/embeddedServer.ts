// Runs the server bundle in an Electron utility process (Node without Electron APIs) on a free loopback
// port with its data under the profile, and resolves with its URL once it posts `listening` through
// process.parentPort (shared/api/serverProcessMessage.ts).
import { serverProcessMessageSchema } from '../../shared/api/serverProcessMessage';

/** The parts of Electron's UtilityProcess used here. */
export type ServerChild = {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
};

export type ForkServer = (
  modulePath: string,
  args: string[],
  options: { env: Record<string, string | undefined>; serviceName: string; stdio: 'inherit' },
) => ServerChild;

export type EmbeddedServerOptions = {
  fork: ForkServer;
  /** Absolute path of dist-electron/server/main.js. */
  entry: string;
  dataDir: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
};

export type EmbeddedServer = { url: string; stop(): void };

export const startEmbeddedServer = ({ fork, entry, dataDir, env = process.env, timeoutMs = 30_000 }: EmbeddedServerOptions) =>
  new Promise<EmbeddedServer>((resolve, reject) => {
    const child = fork(entry, [], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
      serviceName: 'Liaison Desk server',
      stdio: 'inherit',
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`The embedded server did not report listening within ${timeoutMs} ms`)));
      child.kill();
    }, timeoutMs);
    child.on('message', (message) => {
      const parsed = serverProcessMessageSchema.safeParse(message);
      if (!parsed.success) return;
      const reported = parsed.data;
      if (reported.type === 'error') {
        settle(() => reject(new Error(`The embedded server could not start: ${reported.message}`)));
        return;
      }
      const url = new URL(reported.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        settle(() => reject(new Error(`The embedded server reported a non-HTTP URL: ${reported.url}`)));
        child.kill();
        return;
      }
      settle(() => resolve({ url: url.origin, stop: () => void child.kill() }));
    });
    child.on('exit', (code) => settle(() => reject(new Error(`The embedded server exited (code ${code}) before listening`))));
  });

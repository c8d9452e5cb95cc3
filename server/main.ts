// Entry of the server bundle (dist-electron/server/main.js): `npm run web`, a deployed server, and the
// desktop's embedded server (an Electron utilityProcess) all start here. stdout gets one human line;
// structured logs go to stderr.
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { ServerProcessMessage } from '../shared/api/serverProcessMessage';
import { startServer } from './app';
import type { RunningServer } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

type ParentPort = { postMessage(message: ServerProcessMessage): void };
const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

const SHUTDOWN_TIMEOUT_MS = 10_000;

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  parentPort?.postMessage({ type: 'error', message });
  process.exit(exitCode);
}

function stopOnSignals(server: RunningServer, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, {
      cwd: process.cwd(),
      staticDir: fileURLToPath(new URL('../../dist/renderer', import.meta.url)),
    });
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }
  const logger = createLogger(config.logLevel, pino.destination({ fd: 2, sync: true }));
  let server: RunningServer;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    logger.error({ err: error }, 'start failed');
    fail(`Liaison Desk could not start: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  stopOnSignals(server, logger);
  process.stdout.write(`Liaison Desk is running at ${server.url} (storage: ${server.storage})\n`);
  parentPort?.postMessage({ type: 'listening', url: server.url });
}

await main();

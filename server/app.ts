// Builds and runs the HTTP server. buildApp wires routes around an already-open Storage (tests use it
// with inject); startServer opens the storage from the config, listens, and owns shutdown.
import { fastify } from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { openStorage } from './db/storage';
import type { Storage } from './db/storage';
import { registerErrorHandler } from './http/errorHandler';
import { registerSecurityHeaders } from './http/securityHeaders';
import { registerWebUi } from './http/webUi';
import { createLogger } from './logger';
import { registerHealthRoute } from './routes/health';
import { seedDemoOrganization } from './admin/demoSeed';
import { registerApi } from './routes/api';
import type { ApiOptions } from './routes/api';
import { createLocalFeed, createPostgresFeed } from './sync/changeFeed';
import { startPurgeSchedule } from './sync/purge';

export type AppDeps = {
  config: Pick<ServerConfig, 'staticDir' | 'bodyLimit' | 'demoData'>;
  storage: Storage;
  logger: FastifyBaseLogger;
  /** Clock, change feed, sign-in limits (tests override them). */
  api?: ApiOptions;
};

export type RunningServer = {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  url: string;
  storage: Storage['kind'];
  app: FastifyInstance;
  /** Stops accepting requests, finishes those in flight, then closes the database. */
  close(): Promise<void>;
};

export async function buildApp({ config, storage, logger, api }: AppDeps): Promise<FastifyInstance> {
  const app = fastify({ loggerInstance: logger, bodyLimit: config.bodyLimit });
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerHealthRoute(app, storage, config.demoData);
  await registerApi(app, storage, api);
  await registerWebUi(app, config.staticDir);
  await app.ready();
  return app;
}

const urlOf = (address: { address: string; family: string; port: number }) => {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
};

export async function startServer(config: ServerConfig, logger: FastifyBaseLogger = createLogger(config.logLevel)): Promise<RunningServer> {
  const storage = await openStorage({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    onConnectionError: (err) => logger.warn({ err }, 'idle PostgreSQL connection lost'),
  });
  let app: FastifyInstance | undefined;
  let feed = createLocalFeed();
  try {
    if (config.databaseUrl !== undefined) feed = await createPostgresFeed(config.databaseUrl, logger);
    if (config.demoData) {
      const seeded = await seedDemoOrganization(storage.db, Date.now(), config.demoSize);
      if (seeded > 0) logger.info({ records: seeded }, 'demo organization seeded');
    }
    app = await buildApp({ config, storage, logger, api: { feed } });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    await feed.close();
    await storage.close();
    throw error;
  }
  const stopPurge = startPurgeSchedule(storage.db, (err) => logger.error({ err }, 'tombstone purge failed'));
  const listening = app;
  const address = listening.server.address();
  if (address === null || typeof address === 'string') throw new Error('The server is not listening on a TCP port');
  return {
    url: urlOf(address),
    storage: storage.kind,
    app: listening,
    close: async () => {
      stopPurge();
      try {
        await listening.close();
      } finally {
        await feed.close();
        await storage.close();
      }
    },
  };
}

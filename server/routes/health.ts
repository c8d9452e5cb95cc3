import type { FastifyInstance } from 'fastify';
import { version } from '../../package.json';
import type { HealthResponse } from '../../shared/api/health';
import { readServerEpoch } from '../db/serverMeta';
import type { Storage } from '../db/storage';

/** `GET /api/health`: answers only after a real round trip to the database. */
export function registerHealthRoute(app: FastifyInstance, storage: Storage, demoData: boolean): void {
  app.get('/api/health', async (): Promise<HealthResponse> => {
    const epoch = await readServerEpoch(storage.db);
    return { status: 'ok', storage: storage.kind, version, epoch, demoData };
  });
}

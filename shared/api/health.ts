import { z } from 'zod';

/** `GET /api/health`: liveness plus what a client needs to know about the server it talks to. */
export const healthResponseSchema = z.strictObject({
  status: z.literal('ok'),
  storage: z.enum(['pglite', 'postgres']),
  version: z.string().min(1),
  /** Identifies this server's database; changes only when the database is recreated (sync cursors carry it). */
  epoch: z.uuid(),
  /** Whether this server was started with demo data (DEMO_DATA), so a fresh client may load it. */
  demoData: z.boolean(),
});

export type HealthResponse = z.infer<typeof healthResponseSchema>;

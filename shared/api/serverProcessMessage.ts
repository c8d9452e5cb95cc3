import { z } from 'zod';

/**
 * What the server bundle posts to its parent when run as an Electron utilityProcess
 * (`process.parentPort`): where it listens, or why it could not start.
 */
export const serverProcessMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('listening'), url: z.url() }),
  z.strictObject({ type: z.literal('error'), message: z.string() }),
]);

export type ServerProcessMessage = z.infer<typeof serverProcessMessageSchema>;

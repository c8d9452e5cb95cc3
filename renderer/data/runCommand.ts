// Every write goes through here: one 'rw' transaction over the command's tables plus outbox and
// syncMeta, a write session for ids/time/outbox, and a CommandResult instead of a thrown error.
import type { Table } from 'dexie';
import type { CommandResult } from './commandResult';
import { Refusal, refused } from './commandResult';
import type { LiaisonDb } from './db';
import { startWriteSession } from './outbox/writeSession';
import type { WriteSession } from './outbox/writeSession';

export async function runCommand<T>(
  db: LiaisonDb,
  tables: readonly Table[],
  work: (session: WriteSession) => Promise<T>,
): Promise<CommandResult<T>> {
  try {
    const value = await db.transaction('rw', [...tables, db.outbox, db.syncMeta], async () => {
      const session = await startWriteSession(db);
      const result = await work(session);
      await session.flush();
      return result;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.issues);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Could not save: ${message}`, issues: [] };
  }
}

// Every write goes through here: one 'rw' transaction over the command's tables plus outbox and
// syncMeta, a write session for ids/time/outbox, and a CommandResult instead of a thrown error.
// Each awaited IndexedDB request costs a round trip, so a command on the hot path (logging a call)
// passes its reads separately: they are issued together with the session's own read.
import type { Table } from 'dexie';
import type { CommandResult } from './commandResult';
import { Refusal, refused } from './commandResult';
import type { LiaisonDb } from './db';
import { startWriteSession } from './outbox/writeSession';
import type { WriteSession } from './outbox/writeSession';

export function runCommand<T>(
  db: LiaisonDb,
  tables: readonly Table[],
  work: (session: WriteSession) => Promise<T>,
): Promise<CommandResult<T>> {
  return runCommandWithReads(db, tables, () => Promise.resolve(undefined), (session) => work(session));
}

/** `read` runs in the transaction alongside the session's start; `work` gets both. */
export async function runCommandWithReads<R, T>(
  db: LiaisonDb,
  tables: readonly Table[],
  read: () => Promise<R>,
  work: (session: WriteSession, read: R) => Promise<T>,
): Promise<CommandResult<T>> {
  try {
    const value = await db.transaction('rw', [...tables, db.outbox, db.syncMeta], async () => {
      const [session, reads] = await Promise.all([startWriteSession(db), read()]);
      const result = await work(session, reads);
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

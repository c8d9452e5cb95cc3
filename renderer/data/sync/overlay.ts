// Re-applies local mutations the server has not acknowledged on top of a record as the server sent it,
// so a pull never shows the user their own edit reverted. It mirrors how the server will apply them
// (an edit revives a deleted record, timestamps only move forward); merge decisions stay the server's,
// and come back as conflicts.
import type { OutboxRow } from '../rows';

type RecordData = Record<string, unknown>;

const laterIso = (a: unknown, b: string): string => (typeof a === 'string' && a > b ? a : b);

/** The record with the outbox rows `pending` (in seq order) applied; null while it does not exist. */
export function overlayPending(serverRecord: RecordData | null, pending: readonly OutboxRow[], userId: string): RecordData | null {
  let record = serverRecord === null ? null : { ...serverRecord };
  for (const m of pending) {
    if (m.op === 'insert') {
      // The server already holding the record means this insert reached it (the answer was lost).
      record ??= { ...m.patch };
      continue;
    }
    if (record === null) continue;
    const stamps = { updatedAt: laterIso(record.updatedAt, m.at), updatedBy: userId };
    if (m.op === 'update') record = { ...record, ...m.patch, deletedAt: null, ...stamps };
    else if (record.deletedAt === null) record = { ...record, deletedAt: m.patch.deletedAt, ...stamps };
  }
  return record;
}

/**
 * Undoes one mutation on a local record when the server's version is not known (no pull since the
 * change): the fields it set go back to the values the user saw (`base`). Fields a later local
 * mutation set again are left alone. An undone insert removes the record (null).
 */
export function revertMutation(record: RecordData | null, m: OutboxRow, later: readonly OutboxRow[]): RecordData | null {
  if (record === null) return null;
  if (m.op === 'insert') return null;
  const touchedLater = new Set(later.flatMap((l) => Object.keys(l.patch)));
  const reverted = { ...record };
  for (const [field, value] of Object.entries(m.base)) if (!touchedLater.has(field)) reverted[field] = value;
  return reverted;
}

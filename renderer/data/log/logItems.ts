// Log entries are immutable, so what a reader sees is assembled: an original entry, its corrections
// (new entries pointing at it; the latest wins) and the entry that closed its follow-up, if any.
import type { FollowUp } from '../../../shared/domain/logEntry';
import type { LiaisonDb } from '../db';
import type { LogEntryRow } from '../rows';

export type FollowUpState = 'open' | 'due' | 'overdue' | 'closed';

export interface LogItem {
  /** The entry as first recorded. */
  entry: LogEntryRow;
  /** What the entry says now: its latest correction, or the entry itself. */
  current: LogEntryRow;
  /** Corrections, oldest first. */
  corrections: LogEntryRow[];
  /** The entry that closed this entry's follow-up. */
  closedBy: LogEntryRow | null;
  /** null when the (current) entry asks for no follow-up. */
  followUpState: FollowUpState | null;
}

export const DEFAULT_DUE_SOON_MINUTES = 60;

export function followUpState(followUp: FollowUp | null, closedBy: LogEntryRow | null, now: number, dueSoonMinutes: number): FollowUpState | null {
  if (!followUp) return null;
  if (closedBy) return 'closed';
  const dueMs = Date.parse(followUp.dueAt);
  if (dueMs < now) return 'overdue';
  return dueMs - now <= dueSoonMinutes * 60_000 ? 'due' : 'open';
}

const byRecorded = (a: LogEntryRow, b: LogEntryRow) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);

/** Assembles items for original entries (corrections passed in are attached, not listed). */
export async function linkLogEntries(
  db: LiaisonDb, entries: readonly LogEntryRow[], now: number, dueSoonMinutes = DEFAULT_DUE_SOON_MINUTES,
): Promise<LogItem[]> {
  const originals = entries.filter((e) => e.correctsId === null);
  const ids = originals.map((e) => e.id);
  const [corrections, closers] = ids.length === 0 ? [[], []] : await Promise.all([
    db.logEntries.where('correctsId').anyOf(ids).toArray(),
    db.logEntries.where('closesFollowUpOf').anyOf(ids).toArray(),
  ]);
  const correctionsOf = new Map<string, LogEntryRow[]>();
  for (const c of corrections.sort(byRecorded)) correctionsOf.set(c.correctsId!, [...(correctionsOf.get(c.correctsId!) ?? []), c]);
  const closerOf = new Map<string, LogEntryRow>();
  for (const c of closers.sort(byRecorded)) if (c.correctsId === null && !closerOf.has(c.closesFollowUpOf!)) closerOf.set(c.closesFollowUpOf!, c);
  return originals.map((entry) => {
    const list = correctionsOf.get(entry.id) ?? [];
    const current = list.at(-1) ?? entry;
    const closedBy = closerOf.get(entry.id) ?? null;
    return { entry, current, corrections: list, closedBy, followUpState: followUpState(current.followUp, closedBy, now, dueSoonMinutes) };
  });
}

/** The original of an entry (itself, or the entry a correction points at). */
export async function originalOf(db: LiaisonDb, id: string): Promise<LogEntryRow | undefined> {
  const row = await db.logEntries.get(id);
  return row?.correctsId ? db.logEntries.get(row.correctsId) : row;
}

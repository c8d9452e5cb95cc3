// Outreach progress of one customer in one event, derived from that event's log (corrections applied),
// never stored, so every replica shows the same state:
// - reached: any inbound entry from the customer, or an outbound one whose outcome is reached (or
//   unset: entries logged before outcomes existed were conversations);
// - unreachable / attempted: not reached, and the latest outbound call's outcome is unreachable /
//   no answer;
// - not started: no inbound or outbound entry at all (internal notes do not count).
import type { ContactOutcome, LogDirection } from '../domain/logEntry';

export const contactProgresses = ['not_started', 'attempted', 'unreachable', 'reached'] as const;
export type ContactProgress = (typeof contactProgresses)[number];

export interface ProgressEntry {
  customerId: string | null;
  direction: LogDirection;
  contactOutcome: ContactOutcome | null;
  occurredAt: string;
}

export interface CustomerProgress {
  progress: ContactProgress;
  /** When the customer was last called or heard from in this event (any outcome). */
  lastActivityAt: string | null;
}

export const notStarted: CustomerProgress = { progress: 'not_started', lastActivityAt: null };

const isReached = (e: ProgressEntry) => e.direction === 'inbound' || (e.direction === 'outbound' && (e.contactOutcome ?? 'reached') === 'reached');

/** Progress of every customer the entries mention (customers not in the map have not been started). */
export function progressByCustomer(entries: Iterable<ProgressEntry>): Map<string, CustomerProgress> {
  const latestFailed = new Map<string, ProgressEntry>();
  const reached = new Set<string>();
  const last = new Map<string, string>();
  for (const e of entries) {
    if (e.customerId === null || e.direction === 'internal') continue;
    const id = e.customerId;
    if ((last.get(id) ?? '') < e.occurredAt) last.set(id, e.occurredAt);
    if (isReached(e)) reached.add(id);
    else if ((latestFailed.get(id)?.occurredAt ?? '') <= e.occurredAt) latestFailed.set(id, e);
  }
  const result = new Map<string, CustomerProgress>();
  for (const [id, lastActivityAt] of last) {
    const failed = latestFailed.get(id);
    const progress: ContactProgress = reached.has(id) ? 'reached' : failed?.contactOutcome === 'unreachable' ? 'unreachable' : 'attempted';
    result.set(id, { progress, lastActivityAt });
  }
  return result;
}

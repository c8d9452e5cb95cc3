// Log reads: a customer's recent entries, the event timeline grouped by operational period (life-
// safety reports first), follow-ups by state, and one entry with its corrections.
import Dexie from 'dexie';
import type { LogCategory } from '../../../shared/domain/logEntry';
import { operationalPeriodByNumber } from '../../../shared/domain/operationalPeriods';
import type { LiaisonDb } from '../db';
import type { EventRow, LogEntryRow } from '../rows';
import { DEFAULT_DUE_SOON_MINUTES, linkLogEntries, originalOf } from './logItems';
import type { FollowUpState, LogItem } from './logItems';

const newestFirst = (a: LogItem, b: LogItem) => b.current.occurredAt.localeCompare(a.current.occurredAt) || b.entry.id.localeCompare(a.entry.id);
const isLifeSafety = (item: LogItem) => item.current.category === 'emergency_report' || item.current.lifeSafety !== null;

/** A customer's most recent log items (corrections applied), newest first. */
export async function recentLogOfCustomer(db: LiaisonDb, customerId: string, limit = 20, now = Date.now()): Promise<LogItem[]> {
  const entries = await db.logEntries.where('[customerId+occurredAt]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray();
  return (await linkLogEntries(db, entries, now)).sort(newestFirst).slice(0, limit);
}

/** One entry (any id of it: original or correction) with its corrections and closing entry. */
export async function logItemById(db: LiaisonDb, id: string, now = Date.now()): Promise<LogItem | undefined> {
  const original = await originalOf(db, id);
  return original ? (await linkLogEntries(db, [original], now))[0] : undefined;
}

export interface TimelineFilter {
  /** One event's log (null: entries outside any event); omit for every entry. */
  eventId?: string | null;
  customerId?: string;
  categories?: readonly LogCategory[];
  significantOnly?: boolean;
  /** Life-safety reports first in each period (default true). */
  lifeSafetyFirst?: boolean;
  /** 'newest' (default) for reading, 'oldest' for chronological records such as ICS 214. */
  order?: 'newest' | 'oldest';
  now?: number;
}

export interface TimelinePeriod {
  /** Operational period number; null before the first period or outside an event. */
  number: number | null;
  startsAt: string | null;
  endsAt: string | null;
  items: LogItem[];
}

export interface TimelineGroup {
  eventId: string | null;
  event: EventRow | null;
  periods: TimelinePeriod[];
}

export async function logTimeline(db: LiaisonDb, f: TimelineFilter = {}): Promise<TimelineGroup[]> {
  const { lifeSafetyFirst = true, order = 'newest', now = Date.now() } = f;
  const entries = f.eventId === undefined
    ? await db.logEntries.toArray()
    : await db.logEntries.where('[eventKey+occurredAt]').between([f.eventId ?? '', Dexie.minKey], [f.eventId ?? '', Dexie.maxKey]).toArray();
  const items = (await linkLogEntries(db, entries, now)).filter(({ current: c }) =>
    (f.customerId === undefined || c.customerId === f.customerId) &&
    (!f.categories || f.categories.includes(c.category)) &&
    (!f.significantOnly || c.significant));
  const sign = order === 'newest' ? 1 : -1;
  items.sort((a, b) => (lifeSafetyFirst ? Number(isLifeSafety(b)) - Number(isLifeSafety(a)) : 0) || sign * newestFirst(a, b));

  const groups = new Map<string | null, Map<number | null, LogItem[]>>();
  for (const item of items) {
    const periods = groups.get(item.current.eventId) ?? new Map<number | null, LogItem[]>();
    groups.set(item.current.eventId, periods);
    periods.set(item.current.operationalPeriod, [...(periods.get(item.current.operationalPeriod) ?? []), item]);
  }
  const eventIds = [...groups.keys()].filter((id): id is string => id !== null);
  const events = new Map((await db.events.bulkGet(eventIds)).filter((e): e is EventRow => !!e).map((e) => [e.id, e]));
  const periodOrder = (a: number | null, b: number | null) => sign * ((b ?? 0) - (a ?? 0));
  const startOf = (id: string | null) => (id === null ? '' : events.get(id)?.startedAt ?? events.get(id)?.createdAt ?? '');
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : startOf(b).localeCompare(startOf(a))))
    .map(([eventId, periods]) => {
      const event = eventId === null ? null : events.get(eventId) ?? null;
      return {
        eventId,
        event,
        periods: [...periods.entries()].sort(([a], [b]) => periodOrder(a, b)).map(([number, list]) => {
          const window = event && number !== null ? operationalPeriodByNumber(event, number) : null;
          return { number, startsAt: window?.startsAt ?? null, endsAt: window?.endsAt ?? null, items: list };
        }),
      };
    });
}

export interface FollowUpQuery {
  now?: number;
  /** A follow-up is 'due' within this many minutes of its due time (default 60). */
  dueSoonMinutes?: number;
  includeClosed?: boolean;
  eventId?: string;
  owner?: string;
}

const stateOrder: Record<FollowUpState, number> = { overdue: 0, due: 1, open: 2, closed: 3 };

/** Follow-ups: overdue (oldest first), due soon, open, then (optionally) closed. Open = no closing entry. */
export async function followUps(db: LiaisonDb, q: FollowUpQuery = {}): Promise<LogItem[]> {
  const { now = Date.now(), dueSoonMinutes = DEFAULT_DUE_SOON_MINUTES, includeClosed = false } = q;
  const withFollowUp = await db.logEntries.orderBy('followUpDueAt').toArray();
  const rootIds = [...new Set(withFollowUp.map((e) => e.correctsId ?? e.id))];
  const roots = (await db.logEntries.bulkGet(rootIds)).filter((e): e is LogEntryRow => !!e);
  const items = (await linkLogEntries(db, roots, now, dueSoonMinutes)).filter((item) =>
    item.followUpState !== null &&
    (includeClosed || item.followUpState !== 'closed') &&
    (q.eventId === undefined || item.current.eventId === q.eventId) &&
    (q.owner === undefined || item.current.followUp?.owner === q.owner));
  return items.sort((a, b) => {
    const byState = stateOrder[a.followUpState!] - stateOrder[b.followUpState!];
    if (byState !== 0) return byState;
    if (a.followUpState === 'closed') return b.closedBy!.occurredAt.localeCompare(a.closedBy!.occurredAt);
    return a.current.followUp!.dueAt.localeCompare(b.current.followUp!.dueAt);
  });
}

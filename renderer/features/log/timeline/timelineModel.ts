// The timeline as rows for a virtualized list: an event header, its operational-period headers and
// the entries under each. An entry that was corrected stays visible, marked "corrected by", and each
// correction follows it, pointing back at the original (append-only: nothing is hidden). Filters the
// data layer has no index for (author, free text) apply here.
import type { LiaisonDb } from '../../../data/db';
import type { LogItem } from '../../../data/log/logItems';
import { logTimeline } from '../../../data/log/queries';
import type { TimelineGroup } from '../../../data/log/queries';
import type { EventRow, LogEntryRow } from '../../../data/rows';
import type { LogFilters } from '../../../store/logSlice';
import { loadEntryNames } from '../names';
import type { EntryNames } from '../names';

export interface TimelineData extends EntryNames {
  groups: TimelineGroup[];
}

export type EntryRole = 'entry' | 'corrected' | 'correction';

export interface EntryView {
  entry: LogEntryRow;
  /** 'corrected': superseded by a later version; 'correction': a new version of an earlier entry. */
  role: EntryRole;
  /** The version that replaced this one. */
  correctedBy: LogEntryRow | null;
  /** For a correction: the original entry it corrects. */
  correctionOf: LogEntryRow | null;
  /** The version readers should act on (the latest); the one the Correct action starts from. */
  isCurrent: boolean;
  lifeSafety: boolean;
  customerName: string | null;
  contactName: string | null;
  followUpState: LogItem['followUpState'];
  closedBy: LogEntryRow | null;
}

export type TimelineRow =
  | { kind: 'event'; key: string; event: EventRow | null; title: string; entries: number }
  | { kind: 'period'; key: string; event: EventRow | null; number: number | null; startsAt: string | null; endsAt: string | null; entries: number; lifeSafety: number }
  | { kind: 'entry'; key: string; view: EntryView };

export interface AuthorOption {
  id: string;
  name: string;
}

export interface TimelineView {
  rows: TimelineRow[];
  /** Items (an entry with its corrections counts once) after every filter. */
  items: number;
  authors: AuthorOption[];
}

const versionsOf = (item: LogItem) => [item.entry, ...item.corrections];

/** Reads the timeline for the store's filters, with the customer and contact names it shows. */
export async function loadTimeline(db: LiaisonDb, filters: LogFilters, now: number): Promise<TimelineData> {
  const groups = await logTimeline(db, {
    eventId: filters.scope === 'all' ? undefined : filters.scope === 'none' ? null : filters.scope,
    customerId: filters.customer?.id,
    categories: filters.categories.length > 0 ? filters.categories : undefined,
    significantOnly: filters.significantOnly,
    now,
  });
  const entries = groups.flatMap((g) => g.periods.flatMap((p) => p.items.flatMap(versionsOf)));
  return { groups, ...(await loadEntryNames(db, entries)) };
}

const isLifeSafety = (e: LogEntryRow) => e.category === 'emergency_report' || e.lifeSafety !== null;
const normalize = (s: string) => s.toLocaleLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Searchable text of an item (every version, names, author), built once per loaded item. */
const haystacks = new WeakMap<LogItem, string>();
function haystackOf(item: LogItem, data: TimelineData): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = normalize(versionsOf(item).flatMap((e) => [
      e.summary, e.details, e.authorName,
      e.customerId ? data.customerNames.get(e.customerId) ?? '' : '',
      e.contactId ? data.contactNames.get(e.contactId) ?? '' : '',
    ]).join('\n'));
    haystacks.set(item, text);
  }
  return text;
}

function matchesText(item: LogItem, data: TimelineData, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = haystackOf(item, data);
  return words.every((w) => haystack.includes(w));
}

function entryViews(item: LogItem, data: TimelineData): EntryView[] {
  const versions = versionsOf(item);
  return versions.map((entry, index) => ({
    entry,
    role: item.corrections.length === 0 ? 'entry' : index === 0 ? 'corrected' : 'correction',
    correctedBy: versions[index + 1] ?? null,
    correctionOf: index === 0 ? null : item.entry,
    isCurrent: index === versions.length - 1,
    lifeSafety: isLifeSafety(entry),
    customerName: entry.customerId ? data.customerNames.get(entry.customerId) ?? 'Unknown customer' : null,
    contactName: entry.contactId ? data.contactNames.get(entry.contactId) ?? 'Unknown contact' : null,
    followUpState: index === versions.length - 1 ? item.followUpState : null,
    closedBy: index === versions.length - 1 ? item.closedBy : null,
  }));
}

/** Every author who wrote any version, by name. */
export function timelineAuthors(groups: readonly TimelineGroup[]): AuthorOption[] {
  const authors = new Map<string, string>();
  for (const item of groups.flatMap((g) => g.periods.flatMap((p) => p.items))) {
    for (const e of versionsOf(item)) authors.set(e.authorId, e.authorName);
  }
  return [...authors].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Applies the author and text filters and flattens the groups into rows. */
export function buildTimelineRows(data: TimelineData, filters: Pick<LogFilters, 'author' | 'text'>): TimelineView {
  const words = normalize(filters.text).split(/\s+/).filter(Boolean);
  const keep = (item: LogItem) =>
    (filters.author === null || versionsOf(item).some((e) => e.authorId === filters.author)) && matchesText(item, data, words);
  const rows: TimelineRow[] = [];
  let items = 0;
  for (const group of data.groups) {
    const periods = group.periods.map((p) => ({ ...p, items: p.items.filter(keep) })).filter((p) => p.items.length > 0);
    if (periods.length === 0) continue;
    const groupEntries = periods.reduce((n, p) => n + p.items.length, 0);
    items += groupEntries;
    const eventKey = group.eventId ?? 'none';
    rows.push({ kind: 'event', key: `event:${eventKey}`, event: group.event, title: group.event?.name ?? 'Outside any event', entries: groupEntries });
    for (const period of periods) {
      rows.push({
        kind: 'period', key: `period:${eventKey}:${period.number ?? 'none'}`, event: group.event, number: period.number,
        startsAt: period.startsAt, endsAt: period.endsAt, entries: period.items.length,
        lifeSafety: period.items.filter((i) => isLifeSafety(i.current)).length,
      });
      for (const item of period.items) {
        for (const view of entryViews(item, data)) rows.push({ kind: 'entry', key: `entry:${view.entry.id}`, view });
      }
    }
  }
  return { rows, items, authors: timelineAuthors(data.groups) };
}

// Follow-ups as the list shows them: overdue, due soon, open, and (on request) closed, each row with
// the names of who it is about. The state comes from the data layer's `followUps` (open = no entry
// closed it yet; due soon = within the hour).
import type { LiaisonDb } from '../../../data/db';
import type { FollowUpState, LogItem } from '../../../data/log/logItems';
import { followUps } from '../../../data/log/queries';
import { loadEntryNames } from '../names';
import type { EntryNames } from '../names';

export interface FollowUpRow {
  item: LogItem;
  customerName: string | null;
  contactName: string | null;
}

export type FollowUpSections = Record<FollowUpState, FollowUpRow[]>;

export interface FollowUpsData extends EntryNames {
  items: LogItem[];
}

/** Every follow-up, closed ones included (the list collapses those). */
export async function loadFollowUps(db: LiaisonDb, now: number): Promise<FollowUpsData> {
  const items = await followUps(db, { now, includeClosed: true });
  return { items, ...(await loadEntryNames(db, items.map((i) => i.current))) };
}

/** Splits the (already ordered) follow-ups into the list's sections. */
export function followUpSections(data: FollowUpsData): FollowUpSections {
  const sections: FollowUpSections = { overdue: [], due: [], open: [], closed: [] };
  for (const item of data.items) {
    if (item.followUpState === null) continue;
    const { customerId, contactId } = item.current;
    sections[item.followUpState].push({
      item,
      customerName: customerId ? data.customerNames.get(customerId) ?? 'Unknown customer' : null,
      contactName: contactId ? data.contactNames.get(contactId) ?? 'Unknown contact' : null,
    });
  }
  return sections;
}

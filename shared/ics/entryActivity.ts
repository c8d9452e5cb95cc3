// One log entry written out as an ICS "notable activity": every fact the entry records (channel,
// direction, who, category, summary, details, ETR given, follow-up, life-safety kind) in one line of
// prose, with the words the app uses for coded values passed in (they live with the UI).
import type { LifeSafetyKind, LogCategory, LogChannel, LogDirection, LogEntry } from '../domain/logEntry';
import { icsDateTime } from './icsTime';

export interface EntryLabels {
  category: Record<LogCategory, string>;
  channel: Record<LogChannel, string>;
  direction: Record<LogDirection, string>;
  lifeSafety: Record<LifeSafetyKind, string>;
}

export interface EntryNames {
  customerNames: ReadonlyMap<string, string>;
  contactNames: ReadonlyMap<string, string>;
}

export type ActivityEntry = Pick<
  LogEntry,
  'customerId' | 'contactId' | 'channel' | 'direction' | 'category' | 'lifeSafety' | 'summary' | 'details' | 'followUp' | 'etrGiven' | 'closesFollowUpOf'
>;

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Who the entry is about: "Mercy Hospital, Dana Lee", or null. */
export function entryParty(entry: Pick<LogEntry, 'customerId' | 'contactId'>, names: EntryNames): string | null {
  const customer = entry.customerId ? names.customerNames.get(entry.customerId) ?? 'Unknown customer' : null;
  const contact = entry.contactId ? names.contactNames.get(entry.contactId) ?? 'Unknown contact' : null;
  return [customer, contact].filter(Boolean).join(', ') || null;
}

export function entryActivity(entry: ActivityEntry, names: EntryNames, labels: EntryLabels, timeZone?: string): string {
  const parts: string[] = [];
  if (entry.lifeSafety) parts.push(`LIFE SAFETY: ${labels.lifeSafety[entry.lifeSafety]}.`);
  const party = entryParty(entry, names);
  parts.push(sentence(`${labels.channel[entry.channel]}, ${labels.direction[entry.direction].toLowerCase()}${party ? `, ${party}` : ''}`));
  parts.push(sentence(`${labels.category[entry.category]}: ${entry.summary}`));
  if (entry.details) parts.push(sentence(entry.details));
  if (entry.etrGiven) {
    const version = entry.etrGiven.briefingVersion ? ` (briefing v${entry.etrGiven.briefingVersion})` : '';
    parts.push(`ETR given: ${icsDateTime(entry.etrGiven.etr, timeZone)}${version}.`);
  }
  if (entry.followUp) parts.push(`Follow-up: ${entry.followUp.owner}, due ${icsDateTime(entry.followUp.dueAt, timeZone)}.`);
  if (entry.closesFollowUpOf) parts.push('Closes a follow-up.');
  return parts.join(' ');
}

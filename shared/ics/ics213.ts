// The ICS 213 General Message: what a person fills in (blocks 1-10 of the form) with its validation,
// and the draft the app offers when a message starts from a log entry.
import { z } from 'zod';
import { instant, optionalText, requiredText } from '../domain/base';
import type { LogEntry } from '../domain/logEntry';
import { entryActivity, entryParty } from './entryActivity';
import type { ActivityEntry, EntryLabels, EntryNames } from './entryActivity';
import { icsDateTime } from './icsTime';

export const ics213Schema = z.object({
  incidentName: optionalText('Incident name', 200),
  to: requiredText('To (name and position)', 300),
  from: requiredText('From (name and position)', 300),
  subject: requiredText('Subject', 300),
  /** Blocks 5 and 6 (date, time) of the message. */
  sentAt: instant('Date and time'),
  message: requiredText('Message', 10_000),
  approvedBy: z.object({ name: optionalText('Approved by', 200), positionTitle: optionalText('Approver position/title', 200) }),
  reply: optionalText('Reply', 10_000),
  repliedBy: z.object({ name: optionalText('Replied by', 200), positionTitle: optionalText('Replier position/title', 200), dateTime: optionalText('Reply date/time', 50) }),
});
export type Ics213 = z.output<typeof ics213Schema>;
export type Ics213Input = z.input<typeof ics213Schema>;

export const emptyIcs213 = (o: { incidentName: string; from: string; sentAt: string }): Ics213Input => ({
  ...o,
  to: '',
  subject: '',
  message: '',
  approvedBy: { name: '', positionTitle: '' },
  reply: '',
  repliedBy: { name: '', positionTitle: '', dateTime: '' },
});

export interface EntryMessageSource {
  entry: ActivityEntry & Pick<LogEntry, 'occurredAt' | 'authorName'>;
  names: EntryNames;
  labels: EntryLabels;
  incidentName: string;
  from: string;
  sentAt: string;
  timeZone?: string;
}

/** A message about a log entry: its category and party as the subject, the entry written out as the message. */
export function ics213FromEntry({ entry, names, labels, incidentName, from, sentAt, timeZone }: EntryMessageSource): Ics213Input {
  const party = entryParty(entry, names);
  return {
    ...emptyIcs213({ incidentName, from, sentAt }),
    subject: `${labels.category[entry.category]}${party ? `: ${party}` : ''}`,
    message: `${entryActivity(entry, names, labels, timeZone)}\n\n(Logged ${icsDateTime(entry.occurredAt, timeZone)} by ${entry.authorName}.)`,
  };
}

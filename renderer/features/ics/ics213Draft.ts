// Where an ICS 213 starts: a log entry (subject and message drafted from it) or a blank message. The
// sender is this device's user with the ICS position from Settings; the incident is the entry's event
// or, for a blank message, the active event.
import { agencyAndUnit } from '../../../shared/ics/icsIdentity';
import type { IcsIdentity } from '../../../shared/ics/icsIdentity';
import { emptyIcs213, ics213FromEntry } from '../../../shared/ics/ics213';
import type { Ics213Input } from '../../../shared/ics/ics213';
import type { LogEntryRow } from '../../data/rows';
import { entryLabels } from './entryLabels';

export type Ics213Source = { kind: 'free' } | { kind: 'entry'; entry: LogEntryRow; customerName: string | null; contactName: string | null };

/** "Dana Reyes, Agency Representative, Lakeport Power (Major Accounts)": name and position, as block 3 asks. */
export const senderOf = (name: string, identity: IcsIdentity): string =>
  [name, identity.icsPosition, agencyAndUnit(identity)].filter(Boolean).join(', ');

export function ics213Draft(source: Ics213Source, o: { incidentName: string; from: string; now: number }): Ics213Input {
  const base = { incidentName: o.incidentName, from: o.from, sentAt: new Date(o.now).toISOString() };
  if (source.kind === 'free') return emptyIcs213(base);
  const { entry, customerName, contactName } = source;
  const names = {
    customerNames: new Map(entry.customerId && customerName ? [[entry.customerId, customerName]] : []),
    contactNames: new Map(entry.contactId && contactName ? [[entry.contactId, contactName]] : []),
  };
  return ics213FromEntry({ entry, names, labels: entryLabels, ...base });
}

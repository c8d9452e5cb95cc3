// The ICS 214 Activity Log of one person for one operational period, as data: every block of the form
// (1 incident name ... 8 prepared by), one activity row per log entry in the order things happened.
// Entries are append-only, so a correction is its own row marked as such and the row it corrects says
// it was corrected. The PDF and CSV writers only lay this out.
import type { LogEntry } from '../domain/logEntry';
import type { OperationalPeriod } from '../domain/operationalPeriods';
import { entryActivity } from './entryActivity';
import type { EntryLabels, EntryNames } from './entryActivity';
import { agencyAndUnit } from './icsIdentity';
import type { IcsIdentity } from './icsIdentity';
import { icsDate, icsDateTime, icsTime } from './icsTime';

export interface IcsPerson {
  name: string;
  icsPosition: string;
  /** Home agency and unit, as one text. */
  homeAgency: string;
}

export interface Ics214Activity {
  entryId: string;
  /** "2025-06-01 14:05": when it happened. */
  dateTime: string;
  occurredAt: string;
  recordedAt: string;
  kind: 'entry' | 'correction';
  notableActivity: string;
}

export interface Ics214 {
  incidentName: string;
  operationalPeriod: { number: number; dateFrom: string; dateTo: string; timeFrom: string; timeTo: string };
  name: string;
  icsPosition: string;
  homeAgency: string;
  resourcesAssigned: IcsPerson[];
  activityLog: Ics214Activity[];
  preparedBy: { name: string; positionTitle: string; dateTime: string };
}

export type Ics214Entry = Pick<LogEntry, 'id' | 'occurredAt' | 'recordedAt' | 'correctsId' | 'authorName'> & Parameters<typeof entryActivity>[0];

export interface Ics214Input {
  incidentName: string;
  period: OperationalPeriod;
  person: { name: string } & IcsIdentity;
  resourcesAssigned: readonly IcsPerson[];
  /** The person's entries in the period (any order). */
  entries: readonly Ics214Entry[];
  /** Entries those point at or are pointed at by (originals of corrections, later corrections). */
  related: readonly Ics214Entry[];
  names: EntryNames;
  labels: EntryLabels;
  preparedBy: { name: string; positionTitle: string };
  preparedAt: string;
  timeZone?: string;
}

const byTime = (a: Ics214Entry, b: Ics214Entry) =>
  a.occurredAt.localeCompare(b.occurredAt) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);

export function buildIcs214(input: Ics214Input): Ics214 {
  const { period, timeZone } = input;
  const all = new Map([...input.related, ...input.entries].map((e) => [e.id, e]));
  const correctionsOf = new Map<string, Ics214Entry[]>();
  for (const e of all.values()) if (e.correctsId) correctionsOf.set(e.correctsId, [...(correctionsOf.get(e.correctsId) ?? []), e]);
  const recorded = (e: Ics214Entry) => `recorded ${icsDateTime(e.recordedAt, timeZone)} by ${e.authorName}`;

  const activityLog = [...input.entries].sort(byTime).map((entry): Ics214Activity => {
    const notes: string[] = [];
    const original = entry.correctsId ? all.get(entry.correctsId) : undefined;
    if (entry.correctsId) {
      notes.push(original ? `CORRECTION of the entry of ${icsDateTime(original.occurredAt, timeZone)} (${recorded(original)}):` : 'CORRECTION of an earlier entry:');
    }
    notes.push(entryActivity(entry, input.names, input.labels, timeZone));
    if (Math.abs(Date.parse(entry.recordedAt) - Date.parse(entry.occurredAt)) >= 60_000) notes.push(`(Recorded ${icsDateTime(entry.recordedAt, timeZone)}.)`);
    for (const c of (correctionsOf.get(entry.id) ?? []).sort(byTime)) notes.push(`[Corrected by the entry ${recorded(c)}.]`);
    return {
      entryId: entry.id,
      dateTime: icsDateTime(entry.occurredAt, timeZone),
      occurredAt: entry.occurredAt,
      recordedAt: entry.recordedAt,
      kind: entry.correctsId ? 'correction' : 'entry',
      notableActivity: notes.join(' '),
    };
  });

  return {
    incidentName: input.incidentName,
    operationalPeriod: {
      number: period.number,
      dateFrom: icsDate(period.startsAt, timeZone),
      dateTo: icsDate(period.endsAt, timeZone),
      timeFrom: icsTime(period.startsAt, timeZone),
      timeTo: icsTime(period.endsAt, timeZone),
    },
    name: input.person.name,
    icsPosition: input.person.icsPosition,
    homeAgency: agencyAndUnit(input.person),
    resourcesAssigned: [...input.resourcesAssigned],
    activityLog,
    preparedBy: { ...input.preparedBy, dateTime: icsDateTime(input.preparedAt, timeZone) },
  };
}

// What the "Export ICS 214" dialog produces: the resources typed one per line, the form built from the
// local log for the chosen person and period, and the file name it is saved under.
import type { OperationalPeriod } from '../../../shared/domain/operationalPeriods';
import { buildIcs214 } from '../../../shared/ics/ics214';
import type { Ics214, IcsPerson } from '../../../shared/ics/ics214';
import type { IcsIdentity } from '../../../shared/ics/icsIdentity';
import type { LiaisonDb } from '../../data/db';
import { ics214Source } from '../../data/ics/queries';
import { entryLabels } from './entryLabels';
import { fileNamePart } from './saveIcsFile';

/** "Name; ICS position; Home agency (and unit)" per line; blank lines are skipped. */
export function parseResources(text: string): IcsPerson[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([name]) => !!name)
    .map(([name = '', icsPosition = '', homeAgency = '']) => ({ name, icsPosition, homeAgency }));
}

export interface Ics214Choices {
  eventId: string;
  incidentName: string;
  period: OperationalPeriod;
  authorId: string;
  person: { name: string } & IcsIdentity;
  resources: string;
  preparedBy: { name: string; positionTitle: string };
}

export async function loadIcs214(db: LiaisonDb, c: Ics214Choices, now: number): Promise<Ics214> {
  const source = await ics214Source(db, { eventId: c.eventId, period: c.period.number, authorId: c.authorId });
  return buildIcs214({
    incidentName: c.incidentName,
    period: c.period,
    person: c.person,
    resourcesAssigned: parseResources(c.resources),
    ...source,
    labels: entryLabels,
    preparedBy: c.preparedBy,
    preparedAt: new Date(now).toISOString(),
  });
}

export const ics214FileName = (form: Ics214, extension: 'pdf' | 'csv'): string =>
  `ICS-214-${fileNamePart(form.incidentName)}-OP${form.operationalPeriod.number}-${fileNamePart(form.name)}.${extension}`;

// ICS 214 as CSV: the form's blocks top to bottom, label then value, then the resources and the
// activity log as tables with their own header rows (so the file reads like the paper form).
import { csvText } from './csvText';
import type { Ics214 } from './ics214';

export function ics214Csv(form: Ics214): string {
  const p = form.operationalPeriod;
  const resources = form.resourcesAssigned.length > 0 ? form.resourcesAssigned.map((r) => [r.name, r.icsPosition, r.homeAgency]) : [['None assigned', '', '']];
  return csvText([
    ['ACTIVITY LOG (ICS 214)'],
    ['1. Incident Name', form.incidentName],
    ['2. Operational Period', `Period ${p.number}`, 'Date From', p.dateFrom, 'Date To', p.dateTo, 'Time From', p.timeFrom, 'Time To', p.timeTo],
    ['3. Name', form.name],
    ['4. ICS Position', form.icsPosition],
    ['5. Home Agency (and Unit)', form.homeAgency],
    [],
    ['6. Resources Assigned'],
    ['Name', 'ICS Position', 'Home Agency (and Unit)'],
    ...resources,
    [],
    ['7. Activity Log'],
    ['Date/Time', 'Notable Activities', 'Entry', 'Occurred at (UTC)', 'Recorded at (UTC)', 'Entry id'],
    ...form.activityLog.map((a) => [a.dateTime, a.notableActivity, a.kind === 'correction' ? 'Correction' : 'Entry', a.occurredAt, a.recordedAt, a.entryId]),
    [],
    ['8. Prepared by', 'Name', form.preparedBy.name, 'Position/Title', form.preparedBy.positionTitle, 'Signature', '', 'Date/Time', form.preparedBy.dateTime],
  ]);
}

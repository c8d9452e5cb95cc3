import { describe, expect, it } from 'vitest';
import { logRecord } from '../../renderer/data/testing/builders';
import { categoryLabels, channelLabels, directionLabels, lifeSafetyLabels } from '../../renderer/features/log/logLabels';
import { pdfText } from '../../test/support/pdfText';
import type { LogEntry } from '../domain/logEntry';
import { buildIcs214 } from './ics214';
import type { Ics214Input } from './ics214';
import { ics214Csv } from './ics214Csv';
import { ics214Pdf } from './ics214Pdf';

const labels = { category: categoryLabels, channel: channelLabels, direction: directionLabels, lifeSafety: lifeSafetyLabels };
const CUSTOMER = '0197a000-0000-7000-8000-000000000001';
const CONTACT = '0197a000-0000-7000-8000-000000000002';
const atMin = (m: number) => new Date(Date.parse('2025-06-01T06:00:00.000Z') + m * 60_000).toISOString();

const entry = (minute: number, o: Partial<LogEntry> = {}) =>
  logRecord({ occurredAt: atMin(minute), recordedAt: atMin(minute), authorId: 'user-dana', authorName: 'Dana Reyes', eventId: null, operationalPeriod: 1, ...o });

const original = entry(5, { summary: 'Hospital on generator, 40 h of fuel', customerId: CUSTOMER, contactId: CONTACT });
const correction = entry(30, { summary: 'Hospital on generator, 24 h of fuel', customerId: CUSTOMER, correctsId: original.id, recordedAt: atMin(31) });
const lifeSafety = entry(10, { category: 'emergency_report', lifeSafety: 'live_wire', direction: 'inbound', summary: 'Line down across Elm St near the school' });
const followUp = entry(15, {
  category: 'commitment', summary: '=cmd|calc Call the plant back with an ETR', recordedAt: atMin(40),
  followUp: { owner: 'Dana Reyes', dueAt: atMin(120) },
  etrGiven: { etr: atMin(600), briefingId: null, briefingVersion: 3 },
});

const input = (entries: LogEntry[], o: Partial<Ics214Input> = {}): Ics214Input => ({
  incidentName: 'Winter Storm Harlan',
  period: { number: 1, startsAt: atMin(0), endsAt: atMin(720) },
  person: { name: 'Dana Reyes', icsPosition: 'Agency Representative', homeAgency: 'Lakeport Power', homeUnit: 'Major Accounts' },
  resourcesAssigned: [{ name: 'Sam Ortiz', icsPosition: 'Field Liaison', homeAgency: 'Lakeport Power (Field Ops)' }],
  entries,
  related: [],
  names: { customerNames: new Map([[CUSTOMER, 'Mercy Regional Hospital']]), contactNames: new Map([[CONTACT, 'María Hernández']]) },
  labels,
  preparedBy: { name: 'Dana Reyes', positionTitle: 'Agency Representative' },
  preparedAt: atMin(725),
  timeZone: 'UTC',
  ...o,
});

describe('buildIcs214', () => {
  const form = buildIcs214(input([correction, followUp, original, lifeSafety]));

  it('fills blocks 1-6 and 8', () => {
    expect(form).toMatchObject({
      incidentName: 'Winter Storm Harlan',
      operationalPeriod: { number: 1, dateFrom: '2025-06-01', dateTo: '2025-06-01', timeFrom: '06:00', timeTo: '18:00' },
      name: 'Dana Reyes',
      icsPosition: 'Agency Representative',
      homeAgency: 'Lakeport Power (Major Accounts)',
      resourcesAssigned: [{ name: 'Sam Ortiz' }],
      preparedBy: { name: 'Dana Reyes', positionTitle: 'Agency Representative', dateTime: '2025-06-01 18:05' },
    });
  });

  it('lists one row per entry in the order things happened, with every fact of the entry', () => {
    expect(form.activityLog.map((a) => a.entryId)).toEqual([original.id, lifeSafety.id, followUp.id, correction.id]);
    expect(form.activityLog[0]!.notableActivity).toBe(
      'Phone, outbound, Mercy Regional Hospital, María Hernández. Status update: Hospital on generator, 40 h of fuel. ' +
        '[Corrected by the entry recorded 2025-06-01 06:31 by Dana Reyes.]',
    );
    expect(form.activityLog[1]!.notableActivity).toMatch(/^LIFE SAFETY: Live wire\. Phone, inbound\. Emergency report: Line down/);
    expect(form.activityLog[2]!.notableActivity).toContain('ETR given: 2025-06-01 16:00 (briefing v3). Follow-up: Dana Reyes, due 2025-06-01 08:00. (Recorded 2025-06-01 06:40.)');
  });

  it('shows a correction as such, pointing at what it corrects', () => {
    const row = form.activityLog[3]!;
    expect(row.kind).toBe('correction');
    expect(row.notableActivity).toMatch(/^CORRECTION of the entry of 2025-06-01 06:05 \(recorded 2025-06-01 06:05 by Dana Reyes\): Phone/);
  });

  it('finds the original of a correction among the related entries', () => {
    const alone = buildIcs214(input([correction], { related: [original] }));
    expect(alone.activityLog[0]!.notableActivity).toContain('CORRECTION of the entry of 2025-06-01 06:05');
    expect(buildIcs214(input([correction])).activityLog[0]!.notableActivity).toContain('CORRECTION of an earlier entry');
  });
});

describe('ics214Csv', () => {
  it('writes every block and one row per entry, formula cells neutralized', () => {
    const csv = ics214Csv(buildIcs214(input([original, lifeSafety, followUp, correction])));
    expect(csv.startsWith('\uFEFF"ACTIVITY LOG (ICS 214)"\r\n')).toBe(true);
    for (const block of ['"1. Incident Name","Winter Storm Harlan"', '"2. Operational Period","Period 1","Date From","2025-06-01"', '"3. Name","Dana Reyes"',
      '"4. ICS Position","Agency Representative"', '"5. Home Agency (and Unit)","Lakeport Power (Major Accounts)"', '"6. Resources Assigned"',
      '"Sam Ortiz","Field Liaison","Lakeport Power (Field Ops)"', '"7. Activity Log"', '"8. Prepared by","Name","Dana Reyes","Position/Title","Agency Representative","Signature","","Date/Time","2025-06-01 18:05"']) {
      expect(csv).toContain(block);
    }
    const rows = csv.split('\r\n').filter((l) => /^"2025-06-01 \d\d:\d\d"/.test(l));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toContain('"Correction"');
    expect(csv).toContain('Commitment: =cmd|calc Call the plant back');
    expect(ics214Csv(buildIcs214(input([entry(1, { summary: '=HYPERLINK("x")' })], { person: { name: '@evil', icsPosition: '', homeAgency: '', homeUnit: '' } })))).toContain('"3. Name","\'@evil"');
  });

  it('says when no resources are assigned', () => {
    expect(ics214Csv(buildIcs214(input([], { resourcesAssigned: [] })))).toContain('"None assigned","",""');
  });
});

describe('ics214Pdf', () => {
  it('holds every block and every entry as extractable text', async () => {
    const { text, pageCount } = await pdfText(await ics214Pdf(buildIcs214(input([original, lifeSafety, followUp, correction]))));
    expect(pageCount).toBe(1);
    for (const block of ['ACTIVITY LOG (ICS 214)', '1. Incident Name:', 'Winter Storm Harlan', '2. Operational Period:', 'Date From: 2025-06-01', 'Date To: 2025-06-01',
      'Time From: 06:00', 'Time To: 18:00', '3. Name:', 'Dana Reyes', '4. ICS Position:', 'Agency Representative', '5. Home Agency (and Unit):',
      'Lakeport Power (Major Accounts)', '6. Resources Assigned:', 'Sam Ortiz', 'Field Liaison', 'Lakeport Power (Field Ops)', '7. Activity Log:', 'Date/Time',
      'Notable Activities', '8. Prepared by: Name:', 'Position/Title:', 'Signature:', 'Date/Time:', '2025-06-01 18:05', 'ICS 214, Page 1 of 1']) {
      expect(text, block).toContain(block);
    }
    for (const summary of ['Hospital on generator, 40 h of fuel', 'Line down across Elm St near the school', 'Call the plant back with an ETR', 'Hospital on generator, 24 h of fuel']) {
      expect(text, summary).toContain(summary);
    }
    expect(text).toContain('CORRECTION of the entry of 2025-06-01 06:05');
    expect(text).toContain('María Hernández');
  });

  it('runs over several pages with page x of y, the table header repeated and no entry lost', async () => {
    const many = Array.from({ length: 120 }, (_, i) => entry(i * 5, { summary: `Routine check-in number ${i + 1} with the water plant`, details: 'Pumps running on backup power; operator asked for the next update time.' }));
    const { pages, pageCount, text } = await pdfText(await ics214Pdf(buildIcs214(input(many))));
    expect(pageCount).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain(`ICS 214, Page ${i + 1} of ${pageCount}`);
      expect(page).toContain('Notable Activities');
    });
    for (let i = 1; i <= 120; i += 1) expect(text).toContain(`Routine check-in number ${i} with the water plant`);
    expect(pages.at(-1)).toContain('8. Prepared by: Name:');
  });

  it('writes characters the PDF font lacks as "?" instead of failing', async () => {
    const { text } = await pdfText(await ics214Pdf(buildIcs214(input([entry(1, { summary: 'Crew on site 👷 水' })]))));
    expect(text).toContain('Crew on site ? ?');
  });
});

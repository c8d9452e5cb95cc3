import { describe, expect, it } from 'vitest';
import { logRecord } from '../../renderer/data/testing/builders';
import { categoryLabels, channelLabels, directionLabels, lifeSafetyLabels } from '../../renderer/features/log/logLabels';
import { pdfText } from '../../test/support/pdfText';
import { emptyIcs213, ics213FromEntry, ics213Schema } from './ics213';
import { ics213Pdf } from './ics213Pdf';

const labels = { category: categoryLabels, channel: channelLabels, direction: directionLabels, lifeSafety: lifeSafetyLabels };
const CUSTOMER = '0197a000-0000-7000-8000-000000000001';
const names = { customerNames: new Map([[CUSTOMER, 'Lakeport Water Treatment Plant']]), contactNames: new Map<string, string>() };

describe('ICS 213 general message', () => {
  it('drafts a message from a log entry', () => {
    const entry = logRecord({ customerId: CUSTOMER, category: 'request', summary: 'Plant asks for a mobile generator', occurredAt: '2025-06-01T14:05:00.000Z', authorName: 'Dana Reyes' });
    const draft = ics213FromEntry({ entry, names, labels, incidentName: 'Winter Storm Harlan', from: 'Dana Reyes, Agency Representative', sentAt: '2025-06-01T14:20:00.000Z', timeZone: 'UTC' });
    expect(draft).toMatchObject({ incidentName: 'Winter Storm Harlan', subject: 'Request: Lakeport Water Treatment Plant', to: '' });
    expect(draft.message).toContain('Request: Plant asks for a mobile generator.');
    expect(draft.message).toContain('(Logged 2025-06-01 14:05 by Dana Reyes.)');
  });

  it('requires to, from, subject and message', () => {
    const result = ics213Schema.safeParse(emptyIcs213({ incidentName: '', from: '', sentAt: '2025-06-01T14:20:00.000Z' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['from', 'message', 'subject', 'to']);
  });

  it('prints every block of the form as extractable text', async () => {
    const message = ics213Schema.parse({
      ...emptyIcs213({ incidentName: 'Winter Storm Harlan', from: 'Dana Reyes, Agency Representative', sentAt: '2025-06-01T14:20:00.000Z' }),
      to: 'Pat Kim, EOC Logistics Section Chief',
      subject: 'Generator for the water plant',
      message: 'Lakeport Water Treatment Plant needs a 2 MW mobile generator by 18:00.\nFuel on site lasts 6 hours.',
      approvedBy: { name: 'Lee Chen', positionTitle: 'Liaison Officer' },
      reply: 'Generator dispatched from the county yard.',
      repliedBy: { name: 'Pat Kim', positionTitle: 'Logistics Section Chief', dateTime: '2025-06-01 15:00' },
    });
    const { text, pageCount } = await pdfText(await ics213Pdf(message, 'UTC'));
    expect(pageCount).toBe(1);
    for (const part of ['GENERAL MESSAGE (ICS 213)', '1. Incident Name (Optional):', 'Winter Storm Harlan', '2. To (Name and Position):', 'Pat Kim, EOC Logistics Section Chief',
      '3. From (Name and Position):', 'Dana Reyes, Agency Representative', '4. Subject:', 'Generator for the water plant', '5. Date:', '2025-06-01', '6. Time:', '14:20',
      '7. Message:', 'needs a 2 MW mobile generator by 18:00.', 'Fuel on site lasts 6 hours.', '8. Approved by: Name:', 'Lee Chen', 'Signature:', 'Position/Title:', 'Liaison Officer',
      '9. Reply:', 'Generator dispatched from the county yard.', '10. Replied by: Name:', 'Logistics Section Chief', 'Date/Time:', '2025-06-01 15:00', 'ICS 213, Page 1 of 1']) {
      expect(text, part).toContain(part);
    }
  });
});

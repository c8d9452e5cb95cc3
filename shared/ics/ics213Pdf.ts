// ICS 213 as PDF: blocks 1-10 in the form's order, with signature lines left blank for ink.
import type { Ics213 } from './ics213';
import { icsDate, icsTime } from './icsTime';
import { createPdfForm } from './pdf/pdfForm';

export async function ics213Pdf(message: Ics213, timeZone?: string): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await createPdfForm({ formName: 'ICS 213', documentTitle: `ICS 213 General Message: ${message.subject}`, author: message.from });
  pdf.onNewPage(() => pdf.title('GENERAL MESSAGE (ICS 213), continued', message.subject));
  pdf.title('GENERAL MESSAGE (ICS 213)');
  pdf.row([{ width: 1, label: '1. Incident Name (Optional):', text: message.incidentName }]);
  pdf.row([{ width: 1, label: '2. To (Name and Position):', text: message.to }]);
  pdf.row([{ width: 1, label: '3. From (Name and Position):', text: message.from }]);
  pdf.row([
    { width: 0.6, label: '4. Subject:', text: message.subject },
    { width: 0.2, label: '5. Date:', text: icsDate(message.sentAt, timeZone) },
    { width: 0.2, label: '6. Time:', text: icsTime(message.sentAt, timeZone) },
  ]);
  pdf.row([{ width: 1, label: '7. Message:', text: `${message.message}\n\n` }]);
  pdf.row([
    { width: 0.35, label: '8. Approved by: Name:', text: message.approvedBy.name },
    { width: 0.35, label: 'Signature:', text: '\n' },
    { width: 0.3, label: 'Position/Title:', text: message.approvedBy.positionTitle },
  ]);
  pdf.gap();
  pdf.row([{ width: 1, label: '9. Reply:', text: `${message.reply}\n\n` }]);
  pdf.row([
    { width: 0.27, label: '10. Replied by: Name:', text: message.repliedBy.name },
    { width: 0.25, label: 'Position/Title:', text: message.repliedBy.positionTitle },
    { width: 0.28, label: 'Signature:', text: '\n' },
    { width: 0.2, label: 'Date/Time:', text: message.repliedBy.dateTime },
  ]);
  return pdf.finish();
}

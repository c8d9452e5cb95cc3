// ICS 214 as PDF, block for block as on the paper form. Continuation pages repeat who and when the log
// is for and the activity table's header; block 8 (prepared by, with a signature line) closes the log.
import type { Ics214 } from './ics214';
import { createPdfForm } from './pdf/pdfForm';

const DATE_TIME = 0.2;

export async function ics214Pdf(form: Ics214): Promise<Uint8Array<ArrayBuffer>> {
  const p = form.operationalPeriod;
  const pdf = await createPdfForm({ formName: 'ICS 214', documentTitle: `ICS 214 Activity Log: ${form.name}, ${form.incidentName}, period ${p.number}`, author: form.preparedBy.name });
  const period = `Period ${p.number}   Date From: ${p.dateFrom}   Date To: ${p.dateTo}   Time From: ${p.timeFrom}   Time To: ${p.timeTo}`;
  const activityHeader = () =>
    pdf.row([
      { width: DATE_TIME, text: 'Date/Time', header: true },
      { width: 1 - DATE_TIME, text: 'Notable Activities', header: true },
    ]);

  pdf.title('ACTIVITY LOG (ICS 214)');
  pdf.row([
    { width: 0.4, label: '1. Incident Name:', text: form.incidentName },
    { width: 0.6, label: '2. Operational Period:', text: period },
  ]);
  pdf.row([
    { width: 0.3, label: '3. Name:', text: form.name },
    { width: 0.3, label: '4. ICS Position:', text: form.icsPosition },
    { width: 0.4, label: '5. Home Agency (and Unit):', text: form.homeAgency },
  ]);
  pdf.gap();
  pdf.row([{ width: 1, label: '6. Resources Assigned:', text: form.resourcesAssigned.length === 0 ? 'None assigned.' : '' }]);
  if (form.resourcesAssigned.length > 0) {
    pdf.row([
      { width: 0.35, text: 'Name', header: true },
      { width: 0.3, text: 'ICS Position', header: true },
      { width: 0.35, text: 'Home Agency (and Unit)', header: true },
    ]);
    for (const r of form.resourcesAssigned) {
      pdf.row([
        { width: 0.35, text: r.name },
        { width: 0.3, text: r.icsPosition },
        { width: 0.35, text: r.homeAgency },
      ]);
    }
  }
  pdf.gap();
  pdf.row([{ width: 1, label: '7. Activity Log:', text: form.activityLog.length === 0 ? 'No log entries in this operational period.' : '' }]);
  pdf.onNewPage(() => {
    pdf.title('ACTIVITY LOG (ICS 214), continued', `${form.incidentName} · ${form.name} · Period ${p.number}`);
    pdf.row([{ width: 1, label: '7. Activity Log (continuation):' }]);
    activityHeader();
  });
  activityHeader();
  for (const a of form.activityLog) {
    pdf.row([
      { width: DATE_TIME, text: a.kind === 'correction' ? `${a.dateTime}\nCorrection` : a.dateTime },
      { width: 1 - DATE_TIME, text: a.notableActivity },
    ]);
  }
  pdf.onNewPage(() => pdf.title('ACTIVITY LOG (ICS 214), continued', `${form.incidentName} · ${form.name}`));
  pdf.gap();
  pdf.row([
    { width: 0.27, label: '8. Prepared by: Name:', text: form.preparedBy.name },
    { width: 0.23, label: 'Position/Title:', text: form.preparedBy.positionTitle },
    { width: 0.3, label: 'Signature:', text: '\n' },
    { width: 0.2, label: 'Date/Time:', text: form.preparedBy.dateTime },
  ]);
  return pdf.finish();
}

import type { RecordLabel } from '../../../data/sync/syncViews';

/** The screen that shows a record (its customer's page when it belongs to one). */
export function recordPath(label: RecordLabel): string | null {
  if (label.customerId) return `/customers/${label.customerId}`;
  if (label.entity === 'event') return '/events';
  if (label.entity === 'briefing' || label.entity === 'briefingAck') return '/briefings';
  if (label.entity === 'logEntry') return '/log';
  return null;
}

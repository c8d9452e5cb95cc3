// Words shown for an event's coded values.
import type { EventKind, EventStatus } from '../../../shared/domain/event';

export const eventKindLabels: Record<EventKind, string> = {
  storm: 'Storm',
  wildfire_shutoff: 'Wildfire shutoff',
  planned_outage: 'Planned outage',
  other: 'Other',
};

export const eventStatusLabels: Record<EventStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  closed: 'Closed',
};

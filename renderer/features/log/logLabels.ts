// Words shown for the log's coded values, in one place so the bar, the timeline, the filters and the
// follow-ups list say the same thing.
import type { ContactOutcome, LifeSafetyKind, LogCategory, LogChannel, LogDirection } from '../../../shared/domain/logEntry';

export const categoryLabels: Record<LogCategory, string> = {
  status_update: 'Status update',
  request: 'Request',
  commitment: 'Commitment',
  etr_given: 'ETR given',
  emergency_report: 'Emergency report',
};

export const channelLabels: Record<LogChannel, string> = {
  phone: 'Phone',
  sms: 'Text message',
  email: 'Email',
  radio: 'Radio',
  in_person: 'In person',
  eoc_meeting: 'EOC meeting',
  other: 'Other',
};

export const directionLabels: Record<LogDirection, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
  internal: 'Internal',
};

export const outcomeLabels: Record<ContactOutcome, string> = {
  reached: 'Reached',
  no_answer: 'No answer / left message',
  unreachable: 'Unreachable (no working number)',
};

export const lifeSafetyLabels: Record<LifeSafetyKind, string> = {
  live_wire: 'Live wire',
  fire: 'Fire',
  property_damage: 'Property damage',
};

/** `{ value, label }` options in the order the domain lists them. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

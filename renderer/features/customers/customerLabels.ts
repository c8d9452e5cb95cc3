// Words shown for the directory's coded values, in one place so the list, the filters, the customer
// page and the forms say the same thing.
import type { ContactChannel } from '../../../shared/domain/contact';
import type { CustomerTier, FacilityType, generatorStatuses, transferSwitchKinds } from '../../../shared/domain/customer';
import type { LogCategory } from '../../../shared/domain/logEntry';

export const tierLabels: Record<CustomerTier, string> = {
  life_safety: 'Life-safety critical',
  critical_infrastructure: 'Critical infrastructure',
  major_commercial: 'Major commercial',
  other: 'Other',
};

/** For badges in dense rows. */
export const tierShortLabels: Record<CustomerTier, string> = {
  life_safety: 'Life-safety',
  critical_infrastructure: 'Critical infra.',
  major_commercial: 'Major commercial',
  other: 'Other',
};

export const facilityLabels: Record<FacilityType, string> = {
  hospital: 'Hospital',
  dialysis: 'Dialysis center',
  psap_911: '911 / PSAP',
  water: 'Water treatment',
  wastewater: 'Wastewater',
  shelter: 'Shelter',
  nursing_home: 'Nursing home',
  telecom: 'Telecom',
  government: 'Government',
  school: 'School',
  commercial: 'Commercial',
  industrial: 'Industrial',
  other: 'Other',
};

export const channelLabels: Record<ContactChannel, string> = {
  phone: 'Phone',
  sms: 'Text message',
  email: 'Email',
  radio: 'Radio',
  in_person: 'In person',
};

export const transferSwitchLabels: Record<(typeof transferSwitchKinds)[number], string> = {
  automatic: 'Automatic',
  manual: 'Manual',
  none: 'None',
};

export const generatorStatusLabels: Record<(typeof generatorStatuses)[number], string> = {
  operational: 'Operational',
  degraded: 'Degraded',
  failed: 'Failed',
  unknown: 'Unknown',
};

export const logCategoryLabels: Record<LogCategory, string> = {
  status_update: 'Status update',
  request: 'Request',
  commitment: 'Commitment',
  etr_given: 'ETR given',
  emergency_report: 'Emergency report',
};

/** `{ value, label }` options in the order the labels list them. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

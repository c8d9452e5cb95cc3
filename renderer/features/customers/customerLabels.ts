// Words shown for the directory's coded values, so the list, the filters, the customer page and the
// forms say the same thing; the labels are the shared vocabulary's, the words import and export use too.
import type { CustomerTier } from '../../../shared/domain/customer';
import type { LogCategory } from '../../../shared/domain/logEntry';
import {
  channelVocabulary, facilityVocabulary, generatorStatusVocabulary, tierVocabulary, transferSwitchVocabulary,
} from '../../../shared/transfer/vocabulary';

export const tierLabels = tierVocabulary.labels;

/** For badges in dense rows. */
export const tierShortLabels: Record<CustomerTier, string> = {
  life_safety: 'Life-safety',
  critical_infrastructure: 'Critical infra.',
  major_commercial: 'Major commercial',
  other: 'Other',
};

export const facilityLabels = facilityVocabulary.labels;
export const channelLabels = channelVocabulary.labels;
export const transferSwitchLabels = transferSwitchVocabulary.labels;
export const generatorStatusLabels = generatorStatusVocabulary.labels;

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

// Words and badge colours for outreach progress, shared by the event list, the totals and the
// planned-interruption notices.
import type { ContactProgress } from '../../../shared/outreach/contactProgress';
import type { PromiseStatus } from '../../../shared/outreach/etrLedger';

export const progressLabels: Record<ContactProgress, string> = {
  not_started: 'Not started',
  attempted: 'Attempted',
  unreachable: 'Unreachable',
  reached: 'Reached',
};

/** Filled badges dark enough for white text. */
export const progressColors: Record<ContactProgress, string> = {
  not_started: 'gray.7',
  attempted: 'orange.9',
  unreachable: 'red.9',
  reached: 'teal.9',
};

export const promiseStatusLabels: Record<PromiseStatus, string> = {
  standing: 'Standing',
  callback_due: 'Callback due',
  called_back: 'Called back',
  superseded: 'Superseded',
};

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

/** A filled warning (attempted, callback due): Mantine's darkest orange (orange.9) is only 4.3:1 with
 *  white text, under WCAG AA's 4.5:1 for the badges' small type; this one is 5.2:1. */
export const WARNING_BADGE_COLOR = '#c2410c';

/** Filled badges dark enough for white text. */
export const progressColors: Record<ContactProgress, string> = {
  not_started: 'gray.7',
  attempted: WARNING_BADGE_COLOR,
  unreachable: 'red.9',
  reached: 'teal.9',
};

export const promiseStatusLabels: Record<PromiseStatus, string> = {
  standing: 'Standing',
  callback_due: 'Callback due',
  called_back: 'Called back',
  superseded: 'Superseded',
};

// A call someone else's screen asks the liaison to log (an outreach call, an ETR callback, a
// planned-interruption notice): a full quick-entry draft, outbound to the customer, with the ETR to
// give quoted from the current briefing when there is one. The liaison sets the outcome and logs it.
import { toLocalInput } from '../../../format/localInput';
import { emptyLogDraft } from '../../../store/logSlice';
import type { LogDraft, PickedCustomer, PickedEvent } from '../../../store/logSlice';

export interface CallPrefill {
  customer: PickedCustomer;
  summary: string;
  /** The ETR to give (ISO), quoted from the active event's current briefing. */
  etr?: string | null;
  /** Log to this event instead of the active one. */
  event?: PickedEvent;
}

export function prefilledCall(p: CallPrefill): LogDraft {
  return {
    ...emptyLogDraft,
    event: p.event ?? null,
    customer: p.customer,
    customerQuery: p.customer.name,
    direction: 'outbound',
    outcome: 'reached',
    category: p.etr ? 'etr_given' : 'status_update',
    etr: p.etr ? toLocalInput(p.etr) : '',
    etrFromBriefing: true,
    summary: p.summary,
  };
}

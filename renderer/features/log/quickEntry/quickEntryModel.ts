// The quick-entry bar without React: turns the draft into the shared log input, commits it through the
// data layer (append, or correct for the correction form) and maps the shared schema's messages back
// onto the draft's fields, so the form shows each problem next to the field that caused it.
import { toFieldIssues } from '../../../../shared/domain/fieldIssues';
import type { FieldIssue } from '../../../../shared/domain/fieldIssues';
import { logEntryInputSchema } from '../../../../shared/domain/logEntry';
import type { LogEntryInput } from '../../../../shared/domain/logEntry';
import { appendLogEntry, correctLogEntry } from '../../../data/log/commands';
import type { LiaisonDb } from '../../../data/db';
import type { LogEntryRow } from '../../../data/rows';
import { keepOriginalTime, toLocalInput } from '../../../format/localInput';
import { issuesToFormErrors } from '../../../forms/issuesToFormErrors';
import { emptyLogDraft } from '../../../store/logSlice';
import type { LogDraft } from '../../../store/logSlice';

export type DraftField =
  | 'customer' | 'contactId' | 'channel' | 'direction' | 'outcome' | 'category' | 'lifeSafety' | 'etr' | 'summary'
  | 'details' | 'significant' | 'followUpOwner' | 'followUpDue' | 'occurredAt' | 'form';
export type DraftErrors = Partial<Record<DraftField, string>>;

export interface DraftContext {
  /** The briefing an ETR given quotes (the current one of the active event), if any. */
  briefingId: string | null;
  /** For corrections: the version the draft was made from (its exact times are kept when left as shown). */
  base?: LogEntryRow;
}

export type CommitOutcome = { ok: true; entry: LogEntryRow } | { ok: false; errors: DraftErrors };

/** A draft time as the shared input's instant; one left empty is sent as '' so the schema names it. */
const sentTime = (value: string, original: string | null | undefined): string => keepOriginalTime(value, original) ?? '';

/** Whether the draft is a call whose outcome is asked (an outbound entry with a customer). */
export const asksOutcome = (draft: LogDraft): boolean => draft.direction === 'outbound' && draft.customer !== null;

/** The shared input the draft stands for. */
export function draftToInput(draft: LogDraft, ctx: DraftContext): LogEntryInput {
  const base = ctx.base;
  const emergency = draft.category === 'emergency_report';
  return {
    ...(draft.event && !base ? { eventId: draft.event.id } : {}),
    customerId: draft.customer?.id ?? null,
    contactId: draft.customer ? draft.contactId : null,
    channel: draft.channel,
    direction: draft.direction,
    contactOutcome: asksOutcome(draft) ? draft.outcome : null,
    category: draft.category,
    lifeSafety: emergency ? draft.lifeSafety : null,
    significant: draft.significant || emergency,
    summary: draft.summary,
    details: draft.details,
    followUp: draft.followUpOn
      ? { owner: draft.followUpOwner, dueAt: sentTime(draft.followUpDue, base?.followUp?.dueAt) }
      : null,
    etrGiven: draft.category === 'etr_given'
      ? {
          etr: sentTime(draft.etr, base?.etrGiven?.etr),
          briefingId: draft.etrFromBriefing ? ctx.briefingId : null,
        }
      : null,
    ...(draft.occurredAt === '' && !base ? {} : { occurredAt: sentTime(draft.occurredAt, base?.occurredAt) }),
  };
}

const fieldOfPath: Record<string, DraftField> = {
  customerId: 'customer',
  contactId: 'contactId',
  channel: 'channel',
  direction: 'direction',
  contactOutcome: 'outcome',
  category: 'category',
  lifeSafety: 'lifeSafety',
  etrGiven: 'etr',
  significant: 'significant',
  summary: 'summary',
  details: 'details',
  'followUp.owner': 'followUpOwner',
  'followUp.dueAt': 'followUpDue',
  followUp: 'followUpDue',
  occurredAt: 'occurredAt',
};

const draftFieldOf = (path: string): DraftField | undefined => fieldOfPath[path] ?? fieldOfPath[path.split('.')[0]!];

/** Places each issue on its field ('etrGiven.etr' → etr); the first message per field wins, and the
 *  first one no field shows (or `fallback`) goes to `form`. */
export function issuesToDraftErrors(issues: readonly FieldIssue[], fallback = ''): DraftErrors {
  const { fields, general } = issuesToFormErrors(issues, fallback, draftFieldOf);
  return general.length > 0 ? { ...fields, form: general[0] } : fields;
}

/**
 * Every problem the shared input schema finds, plus one of the picker's own: a typed customer
 * fragment that was never picked would otherwise log the entry without a customer.
 */
export function validateDraft(draft: LogDraft, ctx: DraftContext): DraftErrors {
  const parsed = logEntryInputSchema.safeParse(draftToInput(draft, ctx));
  const errors = parsed.success ? {} : issuesToDraftErrors(toFieldIssues(parsed.error));
  if (draft.customer === null && draft.customerQuery.trim() !== '') {
    errors.customer = 'Choose a customer from the list, or clear the field to log without one';
  }
  return errors;
}

const hasErrors = (errors: DraftErrors) => Object.keys(errors).length > 0;

/** Writes the entry (record + outbox mutation, one transaction) or says what is wrong, per field. */
export async function commitDraft(db: LiaisonDb, draft: LogDraft, ctx: DraftContext): Promise<CommitOutcome> {
  const errors = validateDraft(draft, ctx);
  if (hasErrors(errors)) return { ok: false, errors };
  const result = await appendLogEntry(db, draftToInput(draft, ctx));
  return result.ok ? { ok: true, entry: result.value } : { ok: false, errors: issuesToDraftErrors(result.issues, result.error) };
}

/** Appends a correction of `ctx.base`'s original entry with the draft's content (same event). */
export async function commitCorrection(db: LiaisonDb, draft: LogDraft, ctx: DraftContext & { base: LogEntryRow }): Promise<CommitOutcome> {
  const errors = validateDraft(draft, ctx);
  if (hasErrors(errors)) return { ok: false, errors };
  const input = draftToInput(draft, ctx);
  const result = await correctLogEntry(db, ctx.base.correctsId ?? ctx.base.id, { ...input, eventId: ctx.base.eventId });
  return result.ok ? { ok: true, entry: result.value } : { ok: false, errors: issuesToDraftErrors(result.issues, result.error) };
}

/** A draft showing what an entry says now (the correction form starts from it). */
export function draftFromEntry(entry: LogEntryRow, customerName: string | null): LogDraft {
  return {
    ...emptyLogDraft,
    customer: entry.customerId ? { id: entry.customerId, name: customerName ?? 'Unknown customer' } : null,
    customerQuery: '',
    contactId: entry.contactId,
    channel: entry.channel,
    direction: entry.direction,
    outcome: entry.contactOutcome ?? 'reached',
    category: entry.category,
    lifeSafety: entry.lifeSafety,
    etr: entry.etrGiven ? toLocalInput(entry.etrGiven.etr) : '',
    etrFromBriefing: entry.etrGiven?.briefingId != null,
    summary: entry.summary,
    details: entry.details,
    significant: entry.significant,
    followUpOn: entry.followUp !== null,
    followUpOwner: entry.followUp?.owner ?? '',
    followUpDue: entry.followUp ? toLocalInput(entry.followUp.dueAt) : '',
    occurredAt: toLocalInput(entry.occurredAt),
  };
}

const HOUR_MS = 3_600_000;
const FIVE_MIN_MS = 300_000;

/** Turning the follow-up on suggests the user as owner and a due time one hour out (on a 5-minute mark). */
export function followUpDefaults(draft: LogDraft, ownerName: string, now: number): Pick<LogDraft, 'followUpOwner' | 'followUpDue'> {
  return {
    followUpOwner: draft.followUpOwner || ownerName,
    followUpDue: draft.followUpDue || toLocalInput(Math.ceil((now + HOUR_MS) / FIVE_MIN_MS) * FIVE_MIN_MS),
  };
}

/** The errors left once the user changed these fields (a form-wide message goes too). */
export function withoutError(errors: DraftErrors, ...fields: DraftField[]): DraftErrors {
  if (!fields.some((f) => f in errors) && !('form' in errors)) return errors;
  const next = { ...errors };
  for (const f of fields) delete next[f];
  delete next.form;
  return next;
}

// A liaison log entry (ICS 214 style). Entries are append-only and immutable: a correction is a new
// entry whose `correctsId` points at the original, and a follow-up is closed by a new entry whose
// `closesFollowUpOf` points at the entry that asked for it.
import { z } from 'zod';
import { canonicalIso, choice, instant, optionalText, recordId, requiredText, syncedBaseShape, wholeNumber } from './base';

export const logChannels = ['phone', 'sms', 'email', 'radio', 'in_person', 'eoc_meeting', 'other'] as const;
export type LogChannel = (typeof logChannels)[number];
export const logDirections = ['inbound', 'outbound', 'internal'] as const;
export type LogDirection = (typeof logDirections)[number];
export const logCategories = ['status_update', 'request', 'commitment', 'etr_given', 'emergency_report'] as const;
export type LogCategory = (typeof logCategories)[number];
export const lifeSafetyKinds = ['live_wire', 'fire', 'property_damage'] as const;
export type LifeSafetyKind = (typeof lifeSafetyKinds)[number];
/** How an outbound call to a customer went; null on other entries (and on entries logged before this
 *  field existed, which count as reached: see shared/outreach/contactProgress.ts). */
export const contactOutcomes = ['reached', 'no_answer', 'unreachable'] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

export const SUMMARY_MAX = 500;

export const followUpSchema = z.object({
  owner: requiredText('Follow-up owner', 200),
  dueAt: instant('Follow-up due time'),
});
export type FollowUp = z.output<typeof followUpSchema>;

export const etrGivenSchema = z.object({
  etr: z.iso.datetime({ offset: true, error: 'ETR given needs the ETR time' }).transform(canonicalIso),
  briefingId: recordId('Briefing').nullable().default(null),
  briefingVersion: wholeNumber('Briefing version', 1).nullable().default(null),
});
export type EtrGiven = z.output<typeof etrGivenSchema>;

/** What a person types when logging (the rest is set by the append command). */
export const logContentShape = {
  customerId: recordId('Customer').nullable().default(null),
  contactId: recordId('Contact').nullable().default(null),
  channel: choice(logChannels, 'Channel'),
  direction: choice(logDirections, 'Direction'),
  category: choice(logCategories, 'Category'),
  lifeSafety: choice(lifeSafetyKinds, 'Life-safety kind').nullable().default(null),
  contactOutcome: choice(contactOutcomes, 'Outcome').nullable().default(null),
  significant: z.boolean().default(false),
  summary: requiredText('Summary', SUMMARY_MAX),
  details: optionalText('Details', 10_000),
  followUp: followUpSchema.nullable().default(null),
  etrGiven: etrGivenSchema.nullable().default(null),
};

export const logEntryFieldsShape = {
  eventId: recordId('Event').nullable(),
  operationalPeriod: wholeNumber('Operational period', 1).nullable(),
  authorId: requiredText('Author id', 100),
  authorName: requiredText('Author name', 200),
  occurredAt: instant('When it happened'),
  recordedAt: instant('When it was recorded'),
  closesFollowUpOf: recordId('Closed follow-up').nullable().default(null),
  correctsId: recordId('Corrected entry').nullable().default(null),
  ...logContentShape,
};

type ContentLike = z.output<z.ZodObject<typeof logContentShape>>;
const checkContent = (e: ContentLike, ctx: z.RefinementCtx) => {
  if (e.category === 'emergency_report' && e.lifeSafety === null) {
    ctx.addIssue({ code: 'custom', path: ['lifeSafety'], message: 'An emergency report needs a life-safety kind' });
  }
  if (e.category === 'etr_given' && e.etrGiven === null) {
    ctx.addIssue({ code: 'custom', path: ['etrGiven', 'etr'], message: 'ETR given needs the ETR time' });
  }
  if (e.contactOutcome !== null && (e.direction !== 'outbound' || e.customerId === null)) {
    ctx.addIssue({ code: 'custom', path: ['contactOutcome'], message: 'An outcome belongs to an outbound call to a customer' });
  }
  if (e.contactId !== null && e.customerId === null) {
    ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'Choose the customer of this contact' });
  }
};

/** Entries may be backdated, never dated more than 5 minutes after they were recorded. */
export const MAX_FUTURE_OCCURRED_MS = 5 * 60_000;

type EntryLike = z.output<z.ZodObject<typeof logEntryFieldsShape>>;
const checkEntry = (e: EntryLike, ctx: z.RefinementCtx) => {
  checkContent(e, ctx);
  if (Date.parse(e.occurredAt) - Date.parse(e.recordedAt) > MAX_FUTURE_OCCURRED_MS) {
    ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'When it happened cannot be in the future' });
  }
  if (e.correctsId !== null && e.closesFollowUpOf !== null) {
    ctx.addIssue({ code: 'custom', path: ['correctsId'], message: 'An entry cannot both correct another and close a follow-up' });
  }
};

/** Input of the append command: `occurredAt` defaults to now, `eventId` to the active event. */
export const logEntryInputSchema = z
  .object({
    ...logContentShape,
    occurredAt: instant('When it happened').optional(),
    eventId: recordId('Event').nullable().optional(),
  })
  .superRefine(checkContent);
export type LogEntryInput = z.input<typeof logEntryInputSchema>;

export const logEntrySchema = z.object({ ...syncedBaseShape, ...logEntryFieldsShape }).superRefine(checkEntry);
export type LogEntry = z.output<typeof logEntrySchema>;

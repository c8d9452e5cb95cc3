// A restoration briefing is one numbered version of the approved message for an event. Publishing a
// version supersedes the previous published one; readers diff versions (briefingDiff.ts).
import { z } from 'zod';
import { choice, instant, optionalText, recordId, requiredText, syncedBaseShape, wholeNumber } from './base';

export const briefingStatuses = ['draft', 'published', 'superseded'] as const;
export type BriefingStatus = (typeof briefingStatuses)[number];

export const briefingAreaSchema = z.object({
  serviceArea: requiredText('Service area', 100),
  customersOut: wholeNumber('Customers out', 0),
  etr: instant('ETR').nullable().default(null),
  notes: optionalText('Area notes', 1000),
});
export type BriefingArea = z.output<typeof briefingAreaSchema>;

export const personRefSchema = z.object({ id: requiredText('Person id', 100), name: requiredText('Person name', 200) });
export type PersonRef = z.output<typeof personRefSchema>;

const lines = (label: string) => z.array(requiredText(label, 1000)).max(100).default([]);

/** The content an author writes. */
export const briefingContentShape = {
  asOf: instant('As of'),
  customersAffected: wholeNumber('Customers affected', 0),
  customersRestored: wholeNumber('Customers restored', 0),
  areas: z.array(briefingAreaSchema).max(500).default([]),
  damage: optionalText('Damage', 5000),
  crews: optionalText('Crews', 2000),
  safetyMessages: lines('Safety message'),
  talkingPoints: lines('Talking point'),
  nextBriefingAt: instant('Next briefing time').nullable().default(null),
};

export const briefingFieldsShape = {
  eventId: recordId('Event'),
  version: wholeNumber('Version', 1),
  status: choice(briefingStatuses, 'Briefing status'),
  issuedAt: instant('Issued at').nullable().default(null),
  issuedBy: personRefSchema.nullable().default(null),
  ...briefingContentShape,
};

type ContentLike = z.output<z.ZodObject<typeof briefingContentShape>>;
const checkContent = (b: ContentLike, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  b.areas.forEach((a, i) => {
    const key = a.serviceArea.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['areas', i, 'serviceArea'], message: `Service area ${a.serviceArea} is listed twice` });
    seen.add(key);
  });
};

type BriefingLike = z.output<z.ZodObject<typeof briefingFieldsShape>>;
const checkBriefing = (b: BriefingLike, ctx: z.RefinementCtx) => {
  checkContent(b, ctx);
  if (b.status !== 'draft' && (b.issuedAt === null || b.issuedBy === null)) {
    ctx.addIssue({ code: 'custom', path: ['issuedAt'], message: 'A published briefing needs its issue time and author' });
  }
};

/** What an author saves as a draft (event, version and status are set by the command). */
export const briefingDraftInputSchema = z.object(briefingContentShape).superRefine(checkContent);
export type BriefingDraftInput = z.input<typeof briefingDraftInputSchema>;
export type BriefingContent = z.output<typeof briefingDraftInputSchema>;

export const briefingSchema = z.object({ ...syncedBaseShape, ...briefingFieldsShape }).superRefine(checkBriefing);
export type Briefing = z.output<typeof briefingSchema>;

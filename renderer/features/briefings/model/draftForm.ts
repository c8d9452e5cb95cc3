// The author's form values: the shared draft schema's input shape (so the shared schema validates them
// as they are), plus a stable key per area row for React. A new version starts from the previous
// one's content with a fresh "as of"; a saved draft reopens as it was.
import { briefingDraftInputSchema } from '../../../../shared/domain/briefing';
import type { BriefingContent } from '../../../../shared/domain/briefing';
import { toFieldIssues } from '../../../../shared/domain/fieldIssues';
import type { FieldIssue } from '../../../../shared/domain/fieldIssues';

export interface DraftAreaValues {
  key: string;
  serviceArea: string;
  /** '' while the field is empty (NumberInput), so the schema can say it is required. */
  customersOut: number | '';
  etr: string | null;
  notes: string;
}

export interface DraftFormValues {
  asOf: string | null;
  customersAffected: number | '';
  customersRestored: number | '';
  areas: DraftAreaValues[];
  damage: string;
  crews: string;
  safetyMessages: string[];
  talkingPoints: string[];
  nextBriefingAt: string | null;
}

let rowCounter = 0;
export const newAreaRow = (): DraftAreaValues => ({ key: `area-${++rowCounter}`, serviceArea: '', customersOut: '', etr: null, notes: '' });

const minuteIso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();

function fromContent(content: BriefingContent): DraftFormValues {
  return {
    asOf: content.asOf,
    customersAffected: content.customersAffected,
    customersRestored: content.customersRestored,
    areas: content.areas.map((a) => ({ ...newAreaRow(), ...a })),
    damage: content.damage,
    crews: content.crews,
    safetyMessages: [...content.safetyMessages],
    talkingPoints: [...content.talkingPoints],
    nextBriefingAt: content.nextBriefingAt,
  };
}

/** The draft as saved; else the latest published version with "as of" now and a past next-briefing
 *  time cleared; else an empty briefing as of now. */
export function draftStartingValues(draft: BriefingContent | null, previous: BriefingContent | null, now: number): DraftFormValues {
  if (draft) return fromContent(draft);
  if (previous) {
    const nextIsAhead = previous.nextBriefingAt !== null && Date.parse(previous.nextBriefingAt) > now;
    return { ...fromContent(previous), asOf: minuteIso(now), nextBriefingAt: nextIsAhead ? previous.nextBriefingAt : null };
  }
  return {
    asOf: minuteIso(now), customersAffected: '', customersRestored: '', areas: [], damage: '', crews: '',
    safetyMessages: [], talkingPoints: [], nextBriefingAt: null,
  };
}

/** The values as the save command's input (row keys stripped by the schema), or the field problems
 *  the shared schema finds, with the form's paths ('areas.0.serviceArea'). */
export function parseDraftValues(values: DraftFormValues): { ok: true; input: BriefingContent } | { ok: false; issues: FieldIssue[] } {
  const parsed = briefingDraftInputSchema.safeParse(values);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: toFieldIssues(parsed.error) };
}

/** Sum of customers out over the area rows that have a number. */
export const areasTotal = (values: Pick<DraftFormValues, 'areas'>): number =>
  values.areas.reduce((sum, a) => sum + (typeof a.customersOut === 'number' ? a.customersOut : 0), 0);

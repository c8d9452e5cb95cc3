// How old a briefing is and whether a liaison should still quote it. A version is stale when its own
// next-briefing time has passed (a newer one should exist) or its data is older than four hours;
// superseded and draft versions are never safe to quote, whatever their age.
import type { Briefing } from '../../../../shared/domain/briefing';
import { formatDuration, formatRelative, formatWhen } from '../../../format/time';

export const STALE_AFTER_MS = 4 * 3_600_000;

export interface Freshness {
  /** "as of 14:05, 2 h 13 min ago" */
  asOfLabel: string;
  ageMs: number;
  stale: boolean;
  /** Why it is stale, one sentence each (empty when fresh). */
  reasons: string[];
}

type FreshnessSource = Pick<Briefing, 'asOf' | 'nextBriefingAt'>;

export function briefingFreshness(briefing: FreshnessSource, now: number, timeZone?: string): Freshness {
  const ageMs = now - Date.parse(briefing.asOf);
  const reasons: string[] = [];
  if (briefing.nextBriefingAt !== null && Date.parse(briefing.nextBriefingAt) <= now) {
    const overdue = now - Date.parse(briefing.nextBriefingAt);
    reasons.push(`The next briefing was due at ${formatWhen(briefing.nextBriefingAt, now, timeZone)} (${formatDuration(overdue)} ago) and has not arrived on this device.`);
  }
  if (ageMs > STALE_AFTER_MS) reasons.push(`Its figures are ${formatDuration(ageMs)} old, more than 4 hours.`);
  const clock = formatWhen(briefing.asOf, now, timeZone);
  return { asOfLabel: `as of ${clock}, ${formatRelative(briefing.asOf, now)}`, ageMs, stale: reasons.length > 0, reasons };
}

export interface QuoteWarning {
  title: string;
  message: string;
}

type QuoteSource = Pick<Briefing, 'version' | 'status'>;

/**
 * The warning to show before copying or quoting from a version, or null when it is the current
 * published version. `current` is the event's latest published version, if any.
 */
export function quoteWarning(briefing: QuoteSource, current: QuoteSource | null): QuoteWarning | null {
  if (briefing.status === 'published') return null;
  if (briefing.status === 'draft') {
    return { title: `Version ${briefing.version} is a draft`, message: 'It has not been approved or published. Do not give its figures or talking points to anyone outside the briefing team.' };
  }
  return {
    title: `Version ${briefing.version} is superseded`,
    message: `It was replaced${current ? ` by version ${current.version}` : ''}. Its numbers, ETRs and talking points may no longer be accurate: quote the current version instead.`,
  };
}

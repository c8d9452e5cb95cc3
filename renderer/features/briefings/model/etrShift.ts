// One wording for "the ETR moved", used by the areas table and the what-changed panel, so a liaison
// reads the same phrase everywhere: later (bad news), earlier, newly set, or withdrawn.
import type { EtrChange } from '../../../../shared/domain/briefingDiff';
import { formatDuration } from '../../../format/time';

export type EtrShiftTone = 'later' | 'earlier' | 'set' | 'withdrawn';

export interface EtrShift {
  tone: EtrShiftTone;
  /** "6 h later", "30 min earlier", "ETR set", "ETR withdrawn" */
  label: string;
}

export function etrShift(change: EtrChange): EtrShift {
  if (change.from === null) return { tone: 'set', label: 'ETR set' };
  if (change.to === null) return { tone: 'withdrawn', label: 'ETR withdrawn' };
  const minutes = change.movedMinutes ?? 0;
  const amount = formatDuration(minutes * 60_000);
  return minutes >= 0 ? { tone: 'later', label: `${amount} later` } : { tone: 'earlier', label: `${amount} earlier` };
}

/** Mantine colour per tone (filled badges, dark enough for white text): a later ETR is the news to
 *  break carefully. */
export const etrShiftColor: Record<EtrShiftTone, string> = { later: 'red.9', earlier: 'teal.9', set: 'steel.7', withdrawn: 'red.9' };

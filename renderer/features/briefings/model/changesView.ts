// "What changed since the version you last read", shaped for reading: old → new side by side with
// formatted numbers and ETRs, areas in the order a liaison acts on them (changed, new, gone), and
// the texts that changed. Pure: built from the shared briefing diff.
import type { BriefingDiff, ListChange, NumberChange, TextChange } from '../../../../shared/domain/briefingDiff';
import { formatCount, formatDelta } from '../../../format/number';
import { formatWhen } from '../../../format/time';
import { etrShift } from './etrShift';
import type { EtrShift } from './etrShift';

export interface TotalChangeView {
  label: string;
  from: string;
  to: string;
  delta: string;
}

export interface AreaChangeView {
  serviceArea: string;
  kind: 'changed' | 'added' | 'removed';
  /** Customers out before / after (null on the side where the area is absent). */
  outFrom: string | null;
  outTo: string | null;
  outDelta: string | null;
  etrFrom: string | null;
  etrTo: string | null;
  etrShift: EtrShift | null;
  notes: TextChange | null;
}

export interface ChangesView {
  fromVersion: number;
  toVersion: number;
  totals: TotalChangeView[];
  areas: AreaChangeView[];
  talkingPoints: ListChange;
  safetyMessages: ListChange;
  texts: { label: string; from: string; to: string }[];
  hasChanges: boolean;
}

export const NO_ETR = 'No ETR';

function total(label: string, change: NumberChange | null): TotalChangeView[] {
  return change ? [{ label, from: formatCount(change.from), to: formatCount(change.to), delta: formatDelta(change.delta) }] : [];
}

export function changesView(diff: BriefingDiff, now: number, timeZone?: string): ChangesView {
  const etr = (iso: string | null) => (iso === null ? NO_ETR : formatWhen(iso, now, timeZone));
  const changed = diff.areasChanged.map((c): AreaChangeView => ({
    serviceArea: c.serviceArea,
    kind: 'changed',
    outFrom: c.customersOut ? formatCount(c.customersOut.from) : null,
    outTo: c.customersOut ? formatCount(c.customersOut.to) : null,
    outDelta: c.customersOut ? formatDelta(c.customersOut.delta) : null,
    etrFrom: c.etr ? etr(c.etr.from) : null,
    etrTo: c.etr ? etr(c.etr.to) : null,
    etrShift: c.etr ? etrShift(c.etr) : null,
    notes: c.notes,
  }));
  const added = diff.areasAdded.map((a): AreaChangeView => ({
    serviceArea: a.serviceArea, kind: 'added', outFrom: null, outTo: formatCount(a.customersOut), outDelta: null,
    etrFrom: null, etrTo: etr(a.etr), etrShift: null, notes: null,
  }));
  const removed = diff.areasRemoved.map((a): AreaChangeView => ({
    serviceArea: a.serviceArea, kind: 'removed', outFrom: formatCount(a.customersOut), outTo: null, outDelta: null,
    etrFrom: etr(a.etr), etrTo: null, etrShift: null, notes: null,
  }));
  const texts: ChangesView['texts'] = [];
  if (diff.damage) texts.push({ label: 'Damage', ...diff.damage });
  if (diff.crews) texts.push({ label: 'Crews', ...diff.crews });
  if (diff.nextBriefingAt) {
    const when = (iso: string | null) => (iso === null ? 'Not scheduled' : formatWhen(iso, now, timeZone));
    texts.push({ label: 'Next briefing', from: when(diff.nextBriefingAt.from), to: when(diff.nextBriefingAt.to) });
  }
  return {
    fromVersion: diff.fromVersion,
    toVersion: diff.toVersion,
    totals: [...total('Customers affected', diff.customersAffected), ...total('Customers restored', diff.customersRestored)],
    areas: [...changed, ...added, ...removed],
    talkingPoints: diff.talkingPoints,
    safetyMessages: diff.safetyMessages,
    texts,
    hasChanges: diff.hasChanges,
  };
}

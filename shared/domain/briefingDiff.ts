// What changed between two briefing versions, so a liaison sees at a glance what to say differently:
// areas added/removed/changed (customers out, ETR), totals, talking points and safety messages.
import type { Briefing, BriefingArea } from './briefing';

export interface NumberChange {
  from: number;
  to: number;
  delta: number;
}
export interface EtrChange {
  from: string | null;
  to: string | null;
  /** Minutes the ETR moved (positive = later); null when one side has no ETR. */
  movedMinutes: number | null;
}
export interface TextChange {
  from: string;
  to: string;
}
export interface AreaChange {
  serviceArea: string;
  customersOut: NumberChange | null;
  etr: EtrChange | null;
  notes: TextChange | null;
}
export interface ListChange {
  added: string[];
  removed: string[];
}
export interface BriefingDiff {
  fromVersion: number;
  toVersion: number;
  customersAffected: NumberChange | null;
  customersRestored: NumberChange | null;
  areasAdded: BriefingArea[];
  areasRemoved: BriefingArea[];
  areasChanged: AreaChange[];
  talkingPoints: ListChange;
  safetyMessages: ListChange;
  damage: TextChange | null;
  crews: TextChange | null;
  nextBriefingAt: { from: string | null; to: string | null } | null;
  hasChanges: boolean;
}

type DiffSource = Pick<
  Briefing,
  'version' | 'customersAffected' | 'customersRestored' | 'areas' | 'talkingPoints' | 'safetyMessages' | 'damage' | 'crews' | 'nextBriefingAt'
>;

const numberChange = (from: number, to: number): NumberChange | null => (from === to ? null : { from, to, delta: to - from });
const textChange = (from: string, to: string): TextChange | null => (from === to ? null : { from, to });
const areaKey = (area: BriefingArea) => area.serviceArea.trim().toLowerCase();

function etrChange(from: string | null, to: string | null): EtrChange | null {
  if (from === to) return null;
  const movedMinutes = from !== null && to !== null ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : null;
  return { from, to, movedMinutes };
}

function listChange(from: readonly string[], to: readonly string[]): ListChange {
  const before = new Set(from);
  const after = new Set(to);
  return { added: to.filter((t) => !before.has(t)), removed: from.filter((t) => !after.has(t)) };
}

/** Changes going from `from` to `to` (usually an older version to a newer one). */
export function diffBriefings(from: DiffSource, to: DiffSource): BriefingDiff {
  const oldAreas = new Map(from.areas.map((a) => [areaKey(a), a]));
  const newKeys = new Set(to.areas.map(areaKey));
  const areasAdded: BriefingArea[] = [];
  const areasChanged: AreaChange[] = [];
  for (const area of to.areas) {
    const before = oldAreas.get(areaKey(area));
    if (!before) {
      areasAdded.push(area);
      continue;
    }
    const change: AreaChange = {
      serviceArea: area.serviceArea,
      customersOut: numberChange(before.customersOut, area.customersOut),
      etr: etrChange(before.etr, area.etr),
      notes: textChange(before.notes, area.notes),
    };
    if (change.customersOut || change.etr || change.notes) areasChanged.push(change);
  }
  const areasRemoved = from.areas.filter((a) => !newKeys.has(areaKey(a)));
  const talkingPoints = listChange(from.talkingPoints, to.talkingPoints);
  const safetyMessages = listChange(from.safetyMessages, to.safetyMessages);
  const diff: BriefingDiff = {
    fromVersion: from.version,
    toVersion: to.version,
    customersAffected: numberChange(from.customersAffected, to.customersAffected),
    customersRestored: numberChange(from.customersRestored, to.customersRestored),
    areasAdded,
    areasRemoved,
    areasChanged,
    talkingPoints,
    safetyMessages,
    damage: textChange(from.damage, to.damage),
    crews: textChange(from.crews, to.crews),
    nextBriefingAt: from.nextBriefingAt === to.nextBriefingAt ? null : { from: from.nextBriefingAt, to: to.nextBriefingAt },
    hasChanges: false,
  };
  diff.hasChanges = Boolean(
    diff.customersAffected || diff.customersRestored || areasAdded.length || areasRemoved.length || areasChanged.length ||
      talkingPoints.added.length || talkingPoints.removed.length || safetyMessages.added.length ||
      safetyMessages.removed.length || diff.damage || diff.crews || diff.nextBriefingAt,
  );
  return diff;
}

// The areas table of one version: each area with what moved since the version before it (new area,
// ETR moved, customers out changed), the areas restored since then, and the table's sort order.
import type { BriefingArea } from '../../../../shared/domain/briefing';
import { diffBriefings } from '../../../../shared/domain/briefingDiff';
import type { AreaChange } from '../../../../shared/domain/briefingDiff';
import { etrShift } from './etrShift';
import type { EtrShift } from './etrShift';

export interface AreaRow extends BriefingArea {
  /** Not in the previous version. */
  isNew: boolean;
  /** How the ETR moved since the previous version (null: unchanged, new area, or no previous version). */
  etrShift: EtrShift | null;
  previousEtr: string | null;
  /** Customers out in the previous version, when it differs. */
  previousCustomersOut: number | null;
}

export type AreaSortKey = 'serviceArea' | 'customersOut' | 'etr';
export interface AreaSort {
  key: AreaSortKey;
  direction: 'asc' | 'desc';
}
export const defaultAreaSort: AreaSort = { key: 'customersOut', direction: 'desc' };

type Source = Parameters<typeof diffBriefings>[0];
const key = (name: string) => name.trim().toLowerCase();

export interface AreaTableModel {
  rows: AreaRow[];
  /** Areas listed in the previous version but not in this one (restored or dropped). */
  removed: BriefingArea[];
  /** Version compared against, or null for a first version. */
  comparedTo: number | null;
}

export function areaTableModel(briefing: Source, previous: Source | null): AreaTableModel {
  if (!previous) {
    const rows = briefing.areas.map((a) => ({ ...a, isNew: false, etrShift: null, previousEtr: null, previousCustomersOut: null }));
    return { rows, removed: [], comparedTo: null };
  }
  const diff = diffBriefings(previous, briefing);
  const added = new Set(diff.areasAdded.map((a) => key(a.serviceArea)));
  const changed = new Map<string, AreaChange>(diff.areasChanged.map((c) => [key(c.serviceArea), c]));
  const rows = briefing.areas.map((area): AreaRow => {
    const change = changed.get(key(area.serviceArea));
    return {
      ...area,
      isNew: added.has(key(area.serviceArea)),
      etrShift: change?.etr ? etrShift(change.etr) : null,
      previousEtr: change?.etr ? change.etr.from : null,
      previousCustomersOut: change?.customersOut ? change.customersOut.from : null,
    };
  });
  return { rows, removed: diff.areasRemoved, comparedTo: previous.version };
}

/** Sorted copy; areas without an ETR always go last, ties by name. */
export function sortAreaRows<T extends BriefingArea>(rows: readonly T[], sort: AreaSort): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (a: T, b: T) => a.serviceArea.localeCompare(b.serviceArea);
  return [...rows].sort((a, b) => {
    if (sort.key === 'serviceArea') return sign * byName(a, b);
    if (sort.key === 'customersOut') return sign * (a.customersOut - b.customersOut) || byName(a, b);
    if (a.etr === b.etr) return byName(a, b);
    if (a.etr === null) return 1;
    if (b.etr === null) return -1;
    return sign * a.etr.localeCompare(b.etr) || byName(a, b);
  });
}

/** Clicking a column: same column flips direction; a new column starts in its natural order. */
export function nextAreaSort(current: AreaSort, clicked: AreaSortKey): AreaSort {
  if (current.key === clicked) return { key: clicked, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key: clicked, direction: clicked === 'customersOut' ? 'desc' : 'asc' };
}

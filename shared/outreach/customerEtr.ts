// Which service areas a briefing says are out, and what that means for one customer: a customer is
// affected when any of its service areas is out, and is back only when the last of them is, so its
// ETR is the latest ETR among its affected areas (unknown if any of them has no ETR yet).
import type { BriefingArea } from '../domain/briefing';

/** Areas with customers out, by lower-cased name (briefings compare area names ignoring case). */
export type AreaEtrs = ReadonlyMap<string, string | null>;

export const areaKey = (serviceArea: string): string => serviceArea.trim().toLowerCase();

export function affectedAreaEtrs(areas: readonly Pick<BriefingArea, 'serviceArea' | 'customersOut' | 'etr'>[]): AreaEtrs {
  return new Map(areas.filter((a) => a.customersOut > 0).map((a) => [areaKey(a.serviceArea), a.etr]));
}

export interface CustomerEtr {
  /** The customer's service areas the briefing lists as out (as the customer spells them). */
  areas: string[];
  /** Latest ETR among those areas; null when none is affected or any affected area has no ETR. */
  etr: string | null;
}

export function customerEtr(serviceAreas: readonly string[], areaEtrs: AreaEtrs): CustomerEtr {
  const areas = serviceAreas.filter((a) => areaEtrs.has(areaKey(a)));
  const etrs = areas.map((a) => areaEtrs.get(areaKey(a)) ?? null);
  const etr = etrs.length === 0 || etrs.includes(null) ? null : etrs.reduce((a, b) => (b! > a! ? b : a));
  return { areas, etr };
}

// How long a customer's backup generation can carry it, for the "runtime shorter than the ETR" flag.
// Unknown (null) when there is no generator or its fuel hours were never recorded; a failed generator
// carries it for zero hours.
import type { BackupGeneration } from '../domain/customer';

const HOUR_MS = 3_600_000;

export function generatorRuntimeHours(g: Pick<BackupGeneration, 'present' | 'fuelHours' | 'status'>): number | null {
  if (!g.present) return null;
  if (g.status === 'failed') return 0;
  return g.fuelHours;
}

/** How far the ETR lies beyond what the generator can cover from `now` (ms); null when it covers it or either is unknown. */
export function runtimeShortfallMs(runtimeHours: number | null, etr: string | null, now: number): number | null {
  if (runtimeHours === null || etr === null) return null;
  const shortfall = Date.parse(etr) - (now + runtimeHours * HOUR_MS);
  return shortfall > 0 ? shortfall : null;
}

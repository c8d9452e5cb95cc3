// "Customers affected" in a briefing counts those still without power; "restored" counts those back.
// The share restored is therefore restored / (affected + restored).
import type { Briefing } from '../../../../shared/domain/briefing';

/** Whole percent restored, or null when nobody has been affected. */
export function percentRestored(b: Pick<Briefing, 'customersAffected' | 'customersRestored'>): number | null {
  const total = b.customersAffected + b.customersRestored;
  return total === 0 ? null : Math.round((b.customersRestored / total) * 100);
}

// The event's outreach list: every customer with a service point in an area the current briefing lists
// as out (plus any customer who made an emergency report in the event), in calling order:
//   1. customers with an emergency report in this event,
//   2. then by tier (life-safety first),
//   3. within a tier, those whose generator runs out before their ETR (escalate), biggest gap first,
//   4. then by name.
// Progress does not reorder rows, so the list stays put under the keyboard while calls are logged.
import type { BackupGeneration, CustomerTier } from '../domain/customer';
import { tierRank } from '../domain/customer';
import type { ContactProgress, CustomerProgress } from './contactProgress';
import { contactProgresses, notStarted } from './contactProgress';
import { customerEtr } from './customerEtr';
import type { AreaEtrs } from './customerEtr';
import { generatorRuntimeHours, runtimeShortfallMs } from './generatorRuntime';

export interface OutreachCustomer {
  id: string;
  name: string;
  tier: CustomerTier;
  serviceAreas: readonly string[];
  backupGeneration: Pick<BackupGeneration, 'present' | 'fuelHours' | 'status'>;
}

export interface OutreachLine<C extends OutreachCustomer = OutreachCustomer> extends CustomerProgress {
  customer: C;
  /** The customer's areas that are out, and its ETR (see customerEtr.ts). */
  areas: string[];
  etr: string | null;
  emergency: boolean;
  runtimeHours: number | null;
  /** Set when the generator runs out before the ETR: by how much (ms). */
  shortfallMs: number | null;
}

export interface OutreachInput<C extends OutreachCustomer> {
  customers: Iterable<C>;
  areaEtrs: AreaEtrs;
  /** Customers with an emergency report in the event. */
  emergencies: ReadonlySet<string>;
  progress: ReadonlyMap<string, CustomerProgress>;
  now: number;
}

const byCallingOrder = (a: OutreachLine, b: OutreachLine) =>
  Number(b.emergency) - Number(a.emergency) ||
  tierRank[a.customer.tier] - tierRank[b.customer.tier] ||
  (b.shortfallMs ?? -1) - (a.shortfallMs ?? -1) ||
  (a.customer.name < b.customer.name ? -1 : a.customer.name > b.customer.name ? 1 : 0) ||
  (a.customer.id < b.customer.id ? -1 : 1);

export function rankOutreach<C extends OutreachCustomer>(input: OutreachInput<C>): OutreachLine<C>[] {
  const lines: OutreachLine<C>[] = [];
  for (const customer of input.customers) {
    const { areas, etr } = customerEtr(customer.serviceAreas, input.areaEtrs);
    const emergency = input.emergencies.has(customer.id);
    if (areas.length === 0 && !emergency) continue;
    const runtimeHours = generatorRuntimeHours(customer.backupGeneration);
    lines.push({
      customer, areas, etr, emergency, runtimeHours,
      shortfallMs: runtimeShortfallMs(runtimeHours, etr, input.now),
      ...(input.progress.get(customer.id) ?? notStarted),
    });
  }
  return lines.sort(byCallingOrder);
}

export type OutreachTotals = Record<ContactProgress, number> & { customers: number; escalations: number; emergencies: number };

export function outreachTotals(lines: readonly OutreachLine[]): OutreachTotals {
  const totals: OutreachTotals = { ...Object.fromEntries(contactProgresses.map((p) => [p, 0])) as Record<ContactProgress, number>, customers: lines.length, escalations: 0, emergencies: 0 };
  for (const line of lines) {
    totals[line.progress] += 1;
    if (line.shortfallMs !== null) totals.escalations += 1;
    if (line.emergency) totals.emergencies += 1;
  }
  return totals;
}

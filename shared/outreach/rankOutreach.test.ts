import { describe, expect, it } from 'vitest';
import type { CustomerProgress } from './contactProgress';
import { affectedAreaEtrs } from './customerEtr';
import { outreachTotals, rankOutreach } from './rankOutreach';
import type { OutreachCustomer } from './rankOutreach';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');
const inHours = (h: number) => new Date(NOW + h * 3_600_000).toISOString();
const noGenerator = { present: false, fuelHours: null, status: 'unknown' } as const;

let n = 0;
const customer = (o: Partial<OutreachCustomer> = {}): OutreachCustomer => ({
  id: `c-${n++}`, name: `Customer ${n}`, tier: 'other', serviceAreas: ['Riverside'], backupGeneration: noGenerator, ...o,
});

const areaEtrs = affectedAreaEtrs([
  { serviceArea: 'Riverside', customersOut: 100, etr: inHours(10) },
  { serviceArea: 'Lakeshore', customersOut: 50, etr: inHours(30) },
  { serviceArea: 'Hilltop', customersOut: 20, etr: null },
  { serviceArea: 'Old Town', customersOut: 0, etr: null },
]);

const rank = (customers: OutreachCustomer[], emergencies: string[] = [], progress = new Map<string, CustomerProgress>()) =>
  rankOutreach({ customers, areaEtrs, emergencies: new Set(emergencies), progress, now: NOW });

describe('outreach ranking', () => {
  it('lists only customers in areas that are out (names compared ignoring case), plus emergency reporters', () => {
    const inArea = customer({ serviceAreas: ['riverside'] });
    const restored = customer({ serviceAreas: ['Old Town'] });
    const elsewhere = customer({ serviceAreas: ['Bayview'] });
    const reporter = customer({ serviceAreas: ['Bayview'] });
    const ids = rank([inArea, restored, elsewhere, reporter], [reporter.id]).map((l) => l.customer.id);
    expect(ids.sort()).toEqual([inArea.id, reporter.id].sort());
  });

  it('puts emergency reports first, then tiers with life-safety first, then names', () => {
    const hospital = customer({ name: 'B Hospital', tier: 'life_safety' });
    const water = customer({ name: 'A Water', tier: 'life_safety' });
    const plant = customer({ name: 'Plant', tier: 'critical_infrastructure' });
    const mall = customer({ name: 'Mall', tier: 'major_commercial' });
    const shop = customer({ name: 'Shop', tier: 'other' });
    const reporting = customer({ name: 'Z Shop with a live wire', tier: 'other' });
    expect(rank([shop, mall, hospital, reporting, plant, water], [reporting.id]).map((l) => l.customer.name))
      .toEqual(['Z Shop with a live wire', 'A Water', 'B Hospital', 'Plant', 'Mall', 'Shop']);
  });

  it('flags a generator that runs out before the ETR and ranks it first within its tier, biggest gap first', () => {
    const gen = (fuelHours: number | null, status: 'operational' | 'failed' = 'operational') => ({ present: true, fuelHours, status });
    const covered = customer({ name: 'A covered (12 h of fuel, ETR in 10 h)', tier: 'life_safety', backupGeneration: gen(12) });
    const short = customer({ name: 'B short by 4 h', tier: 'life_safety', backupGeneration: gen(6) });
    const shorter = customer({ name: 'C short by 20 h', tier: 'life_safety', serviceAreas: ['Lakeshore'], backupGeneration: gen(10) });
    const failed = customer({ name: 'D failed generator', tier: 'life_safety', backupGeneration: gen(72, 'failed') });
    const unknownFuel = customer({ name: 'E fuel unknown', tier: 'life_safety', backupGeneration: gen(null) });
    const unknownEtr = customer({ name: 'F no ETR yet', tier: 'life_safety', serviceAreas: ['Hilltop'], backupGeneration: gen(1) });
    const lowerTier = customer({ name: 'G short, lower tier', tier: 'critical_infrastructure', backupGeneration: gen(1) });
    const lines = rank([lowerTier, unknownEtr, unknownFuel, failed, shorter, short, covered]);
    expect(lines.map((l) => l.customer.name)).toEqual([
      'C short by 20 h', 'D failed generator', 'B short by 4 h', 'A covered (12 h of fuel, ETR in 10 h)', 'E fuel unknown', 'F no ETR yet', 'G short, lower tier',
    ]);
    const flagged = (name: string) => lines.find((l) => l.customer.name === name)!.shortfallMs;
    expect(flagged('B short by 4 h')).toBe(4 * 3_600_000);
    expect(flagged('D failed generator')).toBe(10 * 3_600_000);
    expect(flagged('A covered (12 h of fuel, ETR in 10 h)')).toBeNull();
    expect(flagged('E fuel unknown')).toBeNull();
    expect(flagged('F no ETR yet')).toBeNull();
    expect(flagged('G short, lower tier')).toBe(9 * 3_600_000);
  });

  it('takes the latest ETR of a customer in several areas, and none while one of them has no ETR', () => {
    const [both] = rank([customer({ serviceAreas: ['Riverside', 'Lakeshore', 'Bayview'] })]);
    expect(both!.areas).toEqual(['Riverside', 'Lakeshore']);
    expect(both!.etr).toBe(inHours(30));
    const [unknown] = rank([customer({ serviceAreas: ['Riverside', 'Hilltop'] })]);
    expect(unknown!.etr).toBeNull();
  });

  it('carries progress and counts totals', () => {
    const a = customer({ tier: 'life_safety', backupGeneration: { present: true, fuelHours: 2, status: 'operational' } });
    const b = customer();
    const c = customer();
    const progress = new Map<string, CustomerProgress>([
      [a.id, { progress: 'reached', lastActivityAt: inHours(-1) }],
      [b.id, { progress: 'attempted', lastActivityAt: inHours(-2) }],
    ]);
    const lines = rank([a, b, c], [c.id], progress);
    expect(lines.map((l) => l.progress)).toEqual(['not_started', 'reached', 'attempted']);
    expect(outreachTotals(lines)).toEqual({ customers: 3, not_started: 1, attempted: 1, unreachable: 0, reached: 1, escalations: 1, emergencies: 1 });
  });
});

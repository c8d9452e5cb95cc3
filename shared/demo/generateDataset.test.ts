import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../domain/entities';
import type { EntityName } from '../domain/entities';
import { toFieldIssues } from '../domain/fieldIssues';
import { generateDataset } from './generateDataset';

const now = Date.parse('2025-01-15T14:30:00.000Z');

const invalid = (entity: EntityName, records: readonly unknown[]) =>
  records.flatMap((r, i) => {
    const parsed = entitySchemas[entity].safeParse(r);
    return parsed.success ? [] : [{ i, issues: toFieldIssues(parsed.error) }];
  });

describe('demo data generator', () => {
  const demo = generateDataset({ now });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDataset({ now })).toEqual(demo);
    expect(generateDataset({ now, seed: 'other' }).customers[0]!.id).not.toBe(demo.customers[0]!.id);
  });

  it('produces records that pass the domain schemas', () => {
    expect(invalid('customer', demo.customers)).toEqual([]);
    expect(invalid('contact', demo.contacts)).toEqual([]);
    expect(invalid('event', demo.events)).toEqual([]);
    expect(invalid('briefing', demo.briefings)).toEqual([]);
    expect(invalid('briefingAck', demo.briefingAcks)).toEqual([]);
    expect(invalid('logEntry', demo.logEntries)).toEqual([]);
  });

  it('covers the tiers, facility types and realistic details', () => {
    expect(demo.customers).toHaveLength(300);
    expect(new Set(demo.customers.map((c) => c.tier))).toEqual(new Set(['life_safety', 'critical_infrastructure', 'major_commercial', 'other']));
    for (const type of ['hospital', 'dialysis', 'psap_911', 'water', 'wastewater', 'nursing_home', 'commercial', 'industrial', 'government']) {
      expect(demo.customers.some((c) => c.facilityType === type)).toBe(true);
    }
    expect(demo.customers.every((c) => c.servicePoints.every((sp) => /^FDR-\d{4}$/.test(sp.feeder)))).toBe(true);
    expect(demo.contacts.every((c) => c.phones.every((p) => /^\(\d{3}\) 555-01\d{2}$/.test(p.number)))).toBe(true);
    expect(new Set(demo.customers.map((c) => c.accountNumber)).size).toBe(300);
    expect(new Set([...demo.customers, ...demo.contacts, ...demo.logEntries].map((r) => r.id)).size).toBe(
      demo.customers.length + demo.contacts.length + demo.logEntries.length,
    );
  });

  it('has an active storm with evolving briefings and a day of log', () => {
    const storm = demo.events.find((e) => e.id === demo.activeEventId)!;
    expect(storm.status).toBe('active');
    expect(demo.briefings.map((b) => `${b.version}:${b.status}`)).toEqual(['1:superseded', '2:superseded', '3:superseded', '4:published']);
    expect(demo.briefings[3]!.areas).not.toEqual(demo.briefings[2]!.areas);
    const log = demo.logEntries.filter((e) => e.eventId === storm.id);
    expect(log.filter((e) => e.category === 'emergency_report').length).toBeGreaterThanOrEqual(3);
    expect(log.some((e) => e.etrGiven !== null)).toBe(true);
    expect(log.some((e) => e.followUp !== null && Date.parse(e.followUp.dueAt) < now)).toBe(true);
    expect(log.some((e) => e.closesFollowUpOf !== null)).toBe(true);
    expect(log.filter((e) => e.correctsId !== null)).toHaveLength(1);
    expect(log.every((e) => Date.parse(e.recordedAt) <= now)).toBe(true);
  });

  it('generates the benchmark set in a few seconds of CPU', () => {
    // CPU time, not wall time: test machines are shared and a busy neighbour must not fail this.
    // About 2 s on an idle 2-core machine.
    const started = process.cpuUsage();
    const bench = generateDataset({ now, size: 'bench' });
    const used = process.cpuUsage(started);
    expect(bench.customers).toHaveLength(50_000);
    expect(bench.contacts).toHaveLength(200_000);
    expect((used.user + used.system) / 1000).toBeLessThan(6_000);
  });
});

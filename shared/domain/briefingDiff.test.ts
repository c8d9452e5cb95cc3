import { describe, expect, it } from 'vitest';
import { diffBriefings } from './briefingDiff';

const v1 = {
  version: 1, customersAffected: 90_000, customersRestored: 10_000,
  areas: [
    { serviceArea: 'North County', customersOut: 40_000, etr: null, notes: 'Assessing' },
    { serviceArea: 'Riverside', customersOut: 20_000, etr: '2025-01-16T18:00:00.000Z', notes: '' },
    { serviceArea: 'Lakeshore', customersOut: 30_000, etr: '2025-01-16T12:00:00.000Z', notes: '' },
  ],
  talkingPoints: ['Crews are assessing damage.', 'Call 911 if in danger.'],
  safetyMessages: ['Stay 35 feet from downed lines.'],
  damage: 'Assessing', crews: '200 crews', nextBriefingAt: '2025-01-15T20:00:00.000Z',
};
const v2 = {
  ...v1, version: 2, customersAffected: 60_000, customersRestored: 40_000,
  areas: [
    { serviceArea: 'North County', customersOut: 30_000, etr: '2025-01-17T06:00:00.000Z', notes: 'Assessing' },
    { serviceArea: 'Lakeshore', customersOut: 30_000, etr: '2025-01-16T16:00:00.000Z', notes: '' },
    { serviceArea: 'East Valley', customersOut: 5_000, etr: null, notes: 'New' },
  ],
  talkingPoints: ['Most customers restored by tomorrow evening.', 'Call 911 if in danger.'],
  nextBriefingAt: '2025-01-16T04:00:00.000Z',
};

describe('briefing diff', () => {
  it('reports areas added, removed and changed with numbers and ETRs', () => {
    const d = diffBriefings(v1, v2);
    expect(d.fromVersion).toBe(1);
    expect(d.toVersion).toBe(2);
    expect(d.areasAdded.map((a) => a.serviceArea)).toEqual(['East Valley']);
    expect(d.areasRemoved.map((a) => a.serviceArea)).toEqual(['Riverside']);
    expect(d.areasChanged).toEqual([
      { serviceArea: 'North County', customersOut: { from: 40_000, to: 30_000, delta: -10_000 }, etr: { from: null, to: '2025-01-17T06:00:00.000Z', movedMinutes: null }, notes: null },
      { serviceArea: 'Lakeshore', customersOut: null, etr: { from: '2025-01-16T12:00:00.000Z', to: '2025-01-16T16:00:00.000Z', movedMinutes: 240 }, notes: null },
    ]);
  });

  it('reports totals and talking points', () => {
    const d = diffBriefings(v1, v2);
    expect(d.customersAffected).toEqual({ from: 90_000, to: 60_000, delta: -30_000 });
    expect(d.customersRestored).toEqual({ from: 10_000, to: 40_000, delta: 30_000 });
    expect(d.talkingPoints).toEqual({ added: ['Most customers restored by tomorrow evening.'], removed: ['Crews are assessing damage.'] });
    expect(d.safetyMessages).toEqual({ added: [], removed: [] });
    expect(d.nextBriefingAt).toEqual({ from: v1.nextBriefingAt, to: v2.nextBriefingAt });
    expect(d.hasChanges).toBe(true);
  });

  it('matches areas regardless of case and reports nothing for identical versions', () => {
    const same = diffBriefings(v1, { ...v1, version: 2, areas: v1.areas.map((a) => ({ ...a, serviceArea: a.serviceArea.toUpperCase() })) });
    expect(same.areasAdded).toEqual([]);
    expect(same.areasRemoved).toEqual([]);
    expect(same.hasChanges).toBe(false);
  });
});

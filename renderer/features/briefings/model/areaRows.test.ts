import { describe, expect, it } from 'vitest';
import type { BriefingArea } from '../../../../shared/domain/briefing';
import { areaTableModel, defaultAreaSort, nextAreaSort, sortAreaRows } from './areaRows';
import { percentRestored } from './totals';

const H = (hours: number) => new Date(Date.parse('2025-01-15T00:00:00.000Z') + hours * 3_600_000).toISOString();
const area = (serviceArea: string, customersOut: number, etr: string | null, notes = ''): BriefingArea => ({ serviceArea, customersOut, etr, notes });
const version = (v: number, areas: BriefingArea[]) => ({
  version: v, areas, customersAffected: 0, customersRestored: 0, talkingPoints: [], safetyMessages: [], damage: '', crews: '', nextBriefingAt: null,
});

const v3 = version(3, [area('North County', 27_000, H(46)), area('Riverside', 9_100, H(30)), area('Lakeshore', 12_400, H(32))]);
const v4 = version(4, [area('North County', 21_300, H(46)), area('Lakeshore', 8_100, H(36)), area('East Valley', 4_800, null)]);

describe('areas table', () => {
  it('marks new areas, moved ETRs and changed counts against the previous version, and lists areas gone', () => {
    const model = areaTableModel(v4, v3);
    expect(model.comparedTo).toBe(3);
    expect(model.removed.map((a) => a.serviceArea)).toEqual(['Riverside']);
    const byName = Object.fromEntries(model.rows.map((r) => [r.serviceArea, r]));
    expect(byName['North County']).toMatchObject({ isNew: false, etrShift: null, previousCustomersOut: 27_000 });
    expect(byName['Lakeshore']).toMatchObject({ etrShift: { tone: 'later', label: '4 h later' }, previousEtr: H(32), previousCustomersOut: 12_400 });
    expect(byName['East Valley']).toMatchObject({ isNew: true, etrShift: null });
  });

  it('highlights nothing for a first version', () => {
    const model = areaTableModel(v3, null);
    expect(model.comparedTo).toBeNull();
    expect(model.rows.every((r) => !r.isNew && r.etrShift === null)).toBe(true);
  });

  it('sorts by customers out, name or ETR, with areas lacking an ETR last either way', () => {
    const rows = areaTableModel(v4, v3).rows;
    expect(sortAreaRows(rows, defaultAreaSort).map((r) => r.serviceArea)).toEqual(['North County', 'Lakeshore', 'East Valley']);
    expect(sortAreaRows(rows, { key: 'serviceArea', direction: 'asc' }).map((r) => r.serviceArea)).toEqual(['East Valley', 'Lakeshore', 'North County']);
    expect(sortAreaRows(rows, { key: 'etr', direction: 'asc' }).map((r) => r.serviceArea)).toEqual(['Lakeshore', 'North County', 'East Valley']);
    expect(sortAreaRows(rows, { key: 'etr', direction: 'desc' }).map((r) => r.serviceArea)).toEqual(['North County', 'Lakeshore', 'East Valley']);
  });

  it('flips the direction on the same column and starts a new column in its natural order', () => {
    expect(nextAreaSort(defaultAreaSort, 'customersOut')).toEqual({ key: 'customersOut', direction: 'asc' });
    expect(nextAreaSort(defaultAreaSort, 'etr')).toEqual({ key: 'etr', direction: 'asc' });
    expect(nextAreaSort({ key: 'etr', direction: 'asc' }, 'customersOut')).toEqual({ key: 'customersOut', direction: 'desc' });
  });

  it('computes the share restored out of everyone who lost power', () => {
    expect(percentRestored({ customersAffected: 38_900, customersRestored: 101_000 })).toBe(72);
    expect(percentRestored({ customersAffected: 0, customersRestored: 0 })).toBeNull();
  });
});

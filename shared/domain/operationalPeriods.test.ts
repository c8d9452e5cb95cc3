import { describe, expect, it } from 'vitest';
import { listOperationalPeriods, operationalPeriodAt, operationalPeriodByNumber } from './operationalPeriods';

const event = { startedAt: '2025-01-15T04:30:00.000Z', operationalPeriod: { lengthHours: 12, firstStartAt: '2025-01-15T06:00:00.000Z' } };

describe('operational periods', () => {
  it('numbers fixed windows from the first period start', () => {
    expect(operationalPeriodAt(event, '2025-01-15T06:00:00.000Z')).toEqual({ number: 1, startsAt: '2025-01-15T06:00:00.000Z', endsAt: '2025-01-15T18:00:00.000Z' });
    expect(operationalPeriodAt(event, '2025-01-15T17:59:59.999Z')?.number).toBe(1);
    expect(operationalPeriodAt(event, '2025-01-15T18:00:00.000Z')?.number).toBe(2);
    expect(operationalPeriodAt(event, Date.parse('2025-01-17T07:00:00.000Z'))?.number).toBe(5);
  });

  it('has no period before the first one starts, nor without any start', () => {
    expect(operationalPeriodAt(event, '2025-01-15T05:00:00.000Z')).toBeNull();
    expect(operationalPeriodAt({ startedAt: null, operationalPeriod: { lengthHours: 12, firstStartAt: null } }, Date.now())).toBeNull();
  });

  it('starts at the event start when no first period start is configured', () => {
    const e = { startedAt: '2025-01-15T04:30:00.000Z', operationalPeriod: { lengthHours: 8, firstStartAt: null } };
    expect(operationalPeriodAt(e, '2025-01-15T12:30:00.000Z')).toEqual({ number: 2, startsAt: '2025-01-15T12:30:00.000Z', endsAt: '2025-01-15T20:30:00.000Z' });
  });

  it('lists periods up to a time, and finds one by number', () => {
    expect(listOperationalPeriods(event, '2025-01-16T09:00:00.000Z').map((p) => p.number)).toEqual([1, 2, 3]);
    expect(listOperationalPeriods(event, '2025-01-15T01:00:00.000Z')).toEqual([]);
    expect(operationalPeriodByNumber(event, 3)?.startsAt).toBe('2025-01-16T06:00:00.000Z');
    expect(operationalPeriodByNumber(event, 0)).toBeNull();
  });
});

import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventRow } from '../../data/rows';
import { nextPeriodChange, useCurrentPeriod } from './useCurrentPeriod';

const HOUR = 3_600_000;
const START = Date.parse('2025-01-15T06:00:00.000Z');
const event = (patch: Partial<EventRow> = {}): EventRow => ({
  id: '0190a0b0-0000-7000-8000-000000000001', scopeId: 'region-test', createdAt: new Date(START).toISOString(), updatedAt: new Date(START).toISOString(),
  updatedBy: 'user-test', deletedAt: null, name: 'Winter Storm Harlan', kind: 'storm', status: 'active', startedAt: new Date(START).toISOString(),
  endedAt: null, operationalPeriod: { lengthHours: 12, firstStartAt: null }, affectedServiceAreas: [], ...patch,
});

describe('operational period roll-over', () => {
  it('knows when the period shown next changes', () => {
    expect(nextPeriodChange(event(), START + 5 * HOUR)).toBe(START + 12 * HOUR);
    expect(nextPeriodChange(event(), START + 12 * HOUR)).toBe(START + 24 * HOUR);
    const later = new Date(START + 2 * HOUR).toISOString();
    expect(nextPeriodChange(event({ operationalPeriod: { lengthHours: 12, firstStartAt: later } }), START)).toBe(START + 2 * HOUR);
    expect(nextPeriodChange(event({ status: 'closed', endedAt: new Date(START + HOUR).toISOString() }), START)).toBeNull();
  });

  describe('useCurrentPeriod', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.setSystemTime(START + 12 * HOUR - 60_000);
    });
    afterEach(() => vi.useRealTimers());

    it('re-renders with the next period when the current one ends', () => {
      const { result } = renderHook(() => useCurrentPeriod(event()));
      expect(result.current?.number).toBe(1);
      act(() => vi.advanceTimersByTime(59_000));
      expect(result.current?.number).toBe(1);
      act(() => vi.advanceTimersByTime(2_000));
      expect(result.current).toMatchObject({ number: 2, startsAt: new Date(START + 12 * HOUR).toISOString() });
    });

    it('shows no period for an event that is not active', () => {
      const { result } = renderHook(() => useCurrentPeriod(event({ status: 'planned' })));
      expect(result.current).toBeNull();
    });
  });
});

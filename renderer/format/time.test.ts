import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatDuration, formatRelative, formatWhen } from './time';

const NOW = Date.parse('2025-01-15T16:18:00.000Z');

describe('time formats', () => {
  it('writes a 24-hour clock, with the date only when it is not today', () => {
    expect(formatClock('2025-01-15T14:05:00.000Z', 'UTC')).toBe('14:05');
    expect(formatClock('2025-01-15T00:30:00.000Z', 'UTC')).toBe('00:30');
    expect(formatWhen('2025-01-15T14:05:00.000Z', NOW, 'UTC')).toBe('14:05');
    expect(formatWhen(Date.parse('2025-01-15T14:05:00.000Z'), NOW, 'UTC')).toBe('14:05');
    expect(formatWhen('2025-01-16T09:00:00.000Z', NOW, 'UTC')).toBe('Jan 16 09:00');
    // Same instant, another zone: a different local day.
    expect(formatWhen('2025-01-15T10:00:00.000Z', NOW, 'Pacific/Auckland')).toBe('Jan 15 23:00');
  });

  it('writes the date and year when asked for a full date-time', () => {
    expect(formatDateTime('2025-01-15T14:05:00.000Z', 'UTC')).toBe('Jan 15, 2025 14:05');
    expect(formatDateTime(Date.parse('2024-12-31T23:59:00.000Z'), 'UTC')).toBe('Dec 31, 2024 23:59');
    expect(formatDateTime('2024-12-31T23:59:00.000Z', 'Pacific/Auckland')).toBe('Jan 1, 2025 12:59');
  });

  it('writes compact durations and relative ages', () => {
    expect(formatDuration(0)).toBe('under a minute');
    expect(formatDuration(30_000)).toBe('under a minute');
    expect(formatDuration(45 * 60_000)).toBe('45 min');
    expect(formatDuration((2 * 60 + 13) * 60_000)).toBe('2 h 13 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration((3 * 24 + 4) * 3_600_000 + 59 * 60_000)).toBe('3 d 4 h');
    expect(formatDuration(-90 * 60_000)).toBe('1 h 30 min');
    expect(formatRelative('2025-01-15T14:05:00.000Z', NOW)).toBe('2 h 13 min ago');
    expect(formatRelative('2025-01-15T16:17:30.000Z', NOW)).toBe('just now');
    expect(formatRelative('2025-01-15T16:23:00.000Z', NOW)).toBe('in 5 min');
  });
});

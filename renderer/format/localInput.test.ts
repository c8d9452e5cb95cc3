import { describe, expect, it } from 'vitest';
import { fromLocalInput, keepOriginalTime, toLocalInput } from './localInput';

describe('datetime-local values', () => {
  it('convert instants to and from the local date-time input', () => {
    const local = toLocalInput('2025-01-15T16:18:00.000Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe('2025-01-15T16:18:00.000Z');
    expect(toLocalInput(Date.parse('2025-01-15T16:18:00.000Z'))).toBe(local);
  });

  it('turn an empty field into null and back, and pass text that is not a time on as typed', () => {
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('  ')).toBeNull();
    expect(fromLocalInput('not a date')).toBe('not a date');
  });

  it('keep the exact original instant when the shown value was left as it was', () => {
    const original = '2025-01-15T16:18:41.250Z';
    const shown = toLocalInput(original);
    expect(keepOriginalTime(shown, original)).toBe(original);
    expect(keepOriginalTime(shown, null)).toBe('2025-01-15T16:18:00.000Z');
    const moved = toLocalInput('2025-01-15T17:00:00.000Z');
    expect(keepOriginalTime(moved, original)).toBe('2025-01-15T17:00:00.000Z');
    expect(keepOriginalTime('', original)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, checkInDue, daysBetween, localDateOf } from './checkInDue';

const NY = 'America/New_York';
const SYDNEY = 'Australia/Sydney';
const KOLKATA = 'Asia/Kolkata';

describe('check-in due dates (calendar days in the liaison’s time zone)', () => {
  it('counts calendar days, not 24-hour blocks, across the spring-forward night in New York', () => {
    // Sat 8 March 2025, 23:30 EST; clocks go 02:00 → 03:00 on Sun 9 March.
    const last = '2025-03-09T04:30:00.000Z';
    expect(localDateOf(last, NY)).toBe('2025-03-08');
    expect(checkInDue(last, 1, Date.parse('2025-03-09T04:59:00.000Z'), NY)).toEqual({ dueOn: '2025-03-09', daysOverdue: -1, due: false });
    expect(checkInDue(last, 1, Date.parse('2025-03-09T05:00:00.000Z'), NY)).toEqual({ dueOn: '2025-03-09', daysOverdue: 0, due: true });
    // 24 h later it is already 00:30 EDT on the 10th: one day overdue, not "due today".
    expect(checkInDue(last, 1, Date.parse('2025-03-10T04:30:00.000Z'), NY).daysOverdue).toBe(1);
    // Weekly: due the next Saturday; at 23:59 EDT on Friday 14 March it is not due yet.
    expect(checkInDue(last, 7, Date.parse('2025-03-15T03:59:00.000Z'), NY)).toEqual({ dueOn: '2025-03-15', daysOverdue: -1, due: false });
    expect(checkInDue(last, 7, Date.parse('2025-03-15T04:00:00.000Z'), NY).due).toBe(true);
  });

  it('counts calendar days across the fall-back night in New York (a 25-hour day)', () => {
    // Sat 1 Nov 2025, 00:30 EDT; clocks go 02:00 → 01:00 on Sun 2 Nov.
    const last = '2025-11-01T04:30:00.000Z';
    expect(localDateOf(last, NY)).toBe('2025-11-01');
    // Weekly: due Sat 8 Nov from 00:00 EST (05:00Z), although 7 × 24 h end at 23:30 EST on the 7th.
    expect(checkInDue(last, 7, Date.parse('2025-11-08T04:59:00.000Z'), NY).due).toBe(false);
    expect(checkInDue(last, 7, Date.parse('2025-11-08T05:00:00.000Z'), NY)).toEqual({ dueOn: '2025-11-08', daysOverdue: 0, due: true });
    // The repeated hour 01:00-02:00 on 2 Nov belongs to the 2nd either way.
    expect(localDateOf('2025-11-02T05:30:00.000Z', NY)).toBe('2025-11-02');
    expect(localDateOf('2025-11-02T06:30:00.000Z', NY)).toBe('2025-11-02');
  });

  it('uses the liaison’s zone for what “today” is (Sydney, with its own April DST end)', () => {
    // 5 April 2025, 23:30 AEDT = 12:30Z; Sydney leaves DST on Sun 6 April (03:00 → 02:00).
    const last = '2025-04-05T12:30:00.000Z';
    expect(localDateOf(last, SYDNEY)).toBe('2025-04-05');
    expect(localDateOf(last, NY)).toBe('2025-04-05');
    const now = Date.parse('2025-04-12T14:30:00.000Z'); // 00:30 AEST on the 13th, 10:30 EDT on the 12th
    expect(checkInDue(last, 7, now, SYDNEY)).toEqual({ dueOn: '2025-04-12', daysOverdue: 1, due: true });
    expect(checkInDue(last, 7, now, NY)).toEqual({ dueOn: '2025-04-12', daysOverdue: 0, due: true });
  });

  it('works in half-hour offset zones without DST (Kolkata, UTC+5:30)', () => {
    const last = '2025-06-30T18:45:00.000Z'; // 00:15 on 1 July in Kolkata, still 30 June in UTC
    expect(localDateOf(last, KOLKATA)).toBe('2025-07-01');
    expect(checkInDue(last, 30, Date.parse('2025-07-30T18:29:00.000Z'), KOLKATA).due).toBe(false);
    expect(checkInDue(last, 30, Date.parse('2025-07-30T18:30:00.000Z'), KOLKATA)).toEqual({ dueOn: '2025-07-31', daysOverdue: 0, due: true });
  });

  it('treats a customer never contacted as due now', () => {
    expect(checkInDue(null, 7, Date.parse('2025-01-01T00:00:00Z'), NY)).toEqual({ dueOn: null, daysOverdue: null, due: true });
  });

  it('adds and counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
    expect(daysBetween('2025-03-31', '2025-03-01')).toBe(-30);
  });
});

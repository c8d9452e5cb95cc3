import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/domain/fieldIssues';
import { toLocalInput } from '../../format/localInput';
import { eventFormDefaults, eventFormSchema, eventFormToInput, previewPeriod } from './eventForm';
import type { EventFormValues } from './eventForm';

const HOUR = 3_600_000;
const NOW = Date.parse('2025-01-15T12:00:00.000Z');
const values = (patch: Partial<EventFormValues> = {}): EventFormValues => ({ ...eventFormDefaults(NOW, true), name: 'Winter Storm Harlan', ...patch });
const issues = (v: EventFormValues) => {
  const parsed = eventFormSchema.safeParse(v);
  return parsed.success ? [] : toFieldIssues(parsed.error);
};

describe('new event form', () => {
  it('validates with the shared event schema, on the form fields own paths', () => {
    expect(issues(values({ name: ' ' }))).toEqual([{ path: 'name', message: 'Event name is required' }]);
    expect(issues(values({ operationalPeriod: { lengthHours: '', firstStartAt: '' } }))).toEqual([
      { path: 'operationalPeriod.lengthHours', message: 'Operational period length (hours) is required' },
    ]);
    expect(issues(values({ operationalPeriod: { lengthHours: 200, firstStartAt: '' } }))).toEqual([
      { path: 'operationalPeriod.lengthHours', message: 'Operational period length (hours) must be at most 168' },
    ]);
    expect(issues(values({ operationalPeriod: { lengthHours: 2.5, firstStartAt: '' } }))).toEqual([
      { path: 'operationalPeriod.lengthHours', message: 'Operational period length (hours) must be a whole number' },
    ]);
    expect(issues(values())).toEqual([]);
  });

  it('turns local times into instants, empty ones into "not set"', () => {
    const start = toLocalInput(NOW - 3 * HOUR);
    expect(eventFormToInput(values({ kind: 'wildfire_shutoff', startedAt: start, operationalPeriod: { lengthHours: '8', firstStartAt: '' } }))).toMatchObject({
      name: 'Winter Storm Harlan', kind: 'wildfire_shutoff', startedAt: new Date(start).toISOString(), operationalPeriod: { lengthHours: 8, firstStartAt: null },
    });
    expect(eventFormToInput(values({ startedAt: '' })).startedAt).toBeNull();
  });

  it('previews the period the event would be in now', () => {
    const start = toLocalInput(NOW - 30 * HOUR);
    expect(previewPeriod(values({ startedAt: start }), NOW)).toMatchObject({ number: 3 });
    expect(previewPeriod(values({ startedAt: start, operationalPeriod: { lengthHours: 8, firstStartAt: '' } }), NOW)).toMatchObject({ number: 4 });
    // Not started: it starts when activated, so now is period 1.
    expect(previewPeriod(values({ startedAt: '' }), NOW)).toMatchObject({ number: 1 });
    // Period 1 starting later: nothing yet.
    expect(previewPeriod(values({ operationalPeriod: { lengthHours: 12, firstStartAt: toLocalInput(NOW + HOUR) } }), NOW)).toBeNull();
    expect(previewPeriod(values({ operationalPeriod: { lengthHours: 0, firstStartAt: '' } }), NOW)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { BriefingDraftInput } from '../../../../shared/domain/briefing';
import { areasTotal, draftStartingValues, newAreaRow, parseDraftValues } from './draftForm';
import type { DraftFormValues } from './draftForm';

const NOW = Date.parse('2025-01-15T16:18:41.000Z');
const previous = {
  asOf: '2025-01-15T12:00:00.000Z', customersAffected: 38_900, customersRestored: 101_000,
  areas: [{ serviceArea: 'Lakeshore', customersOut: 8_100, etr: '2025-01-16T12:00:00.000Z', notes: 'Flooded yard' }],
  damage: 'Poles down.', crews: '340 crews.', safetyMessages: ['Stay 35 feet away.'], talkingPoints: ['Call 911 if in danger.'],
  nextBriefingAt: '2025-01-15T18:00:00.000Z',
} satisfies Required<BriefingDraftInput>;

describe('draft form values', () => {
  it('start a new version from the previous content, as of now (to the minute)', () => {
    const values = draftStartingValues(null, previous, NOW);
    expect(values).toMatchObject({ ...previous, asOf: '2025-01-15T16:18:00.000Z', areas: [{ ...previous.areas[0], key: expect.any(String) }] });
  });

  it('drop a next-briefing time that has already passed', () => {
    expect(draftStartingValues(null, { ...previous, nextBriefingAt: '2025-01-15T16:00:00.000Z' }, NOW).nextBriefingAt).toBeNull();
  });

  it('reopen a saved draft unchanged, or start blank when there is nothing before', () => {
    const draft = { ...previous, asOf: '2025-01-15T15:00:00.000Z', customersRestored: 110_000 };
    expect(draftStartingValues(draft, previous, NOW)).toMatchObject({ asOf: draft.asOf, customersRestored: 110_000 });
    expect(draftStartingValues(null, null, NOW)).toMatchObject({ customersAffected: '', areas: [], talkingPoints: [], nextBriefingAt: null });
  });

  it('parse into the save command input without the row keys', () => {
    const parsed = parseDraftValues(draftStartingValues(null, previous, NOW));
    expect(parsed).toEqual({ ok: true, input: expect.objectContaining({ areas: [previous.areas[0]] }) });
  });

  it('report every problem with the shared schema messages at the form paths', () => {
    const values: DraftFormValues = {
      ...draftStartingValues(null, null, NOW), asOf: null,
      areas: [{ ...newAreaRow(), customersOut: 10 }, { ...newAreaRow(), serviceArea: 'Riverside', customersOut: 1.5 }],
      talkingPoints: ['  '],
    };
    const parsed = parseDraftValues(values);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues).toEqual(expect.arrayContaining([
      { path: 'asOf', message: 'As of is required' },
      { path: 'customersAffected', message: 'Customers affected is required' },
      { path: 'areas.0.serviceArea', message: 'Service area is required' },
      { path: 'areas.1.customersOut', message: 'Customers out must be a whole number' },
      { path: 'talkingPoints.0', message: 'Talking point is required' },
    ]));
  });

  it('refuse the same service area twice', () => {
    const row = previous.areas[0];
    const parsed = parseDraftValues({ ...draftStartingValues(null, previous, NOW), areas: [{ ...newAreaRow(), ...row }, { ...newAreaRow(), ...row, serviceArea: 'lakeshore' }] });
    expect(parsed).toEqual({ ok: false, issues: [{ path: 'areas.1.serviceArea', message: 'Service area lakeshore is listed twice' }] });
  });

  it('add up the customers out over the areas', () => {
    expect(areasTotal({ areas: [{ ...newAreaRow(), customersOut: 100 }, newAreaRow(), { ...newAreaRow(), customersOut: 23 }] })).toBe(123);
  });
});

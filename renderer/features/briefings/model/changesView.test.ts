import { describe, expect, it } from 'vitest';
import type { BriefingArea } from '../../../../shared/domain/briefing';
import { diffBriefings } from '../../../../shared/domain/briefingDiff';
import { changesView, NO_ETR } from './changesView';

const NOW = Date.parse('2025-01-15T16:00:00.000Z');
const H = (hours: number) => new Date(Date.parse('2025-01-15T00:00:00.000Z') + hours * 3_600_000).toISOString();
const area = (serviceArea: string, customersOut: number, etr: string | null, notes = ''): BriefingArea => ({ serviceArea, customersOut, etr, notes });
const base = { damage: 'Poles down.', crews: '300 crews.', safetyMessages: ['Stay away from lines.'], nextBriefingAt: H(18) };

const v3 = {
  ...base, version: 3, customersAffected: 61_300, customersRestored: 78_000,
  areas: [area('North County', 27_000, H(46), 'Transmission repair'), area('Riverside', 9_100, H(30)), area('Lakeshore', 12_400, H(32)), area('Hill Country', 6_200, null)],
  talkingPoints: ['Restoration will take 2 to 3 days.', 'Call 911 if in danger.'],
};
const v4 = {
  ...base, version: 4, customersAffected: 38_900, customersRestored: 101_000, crews: '340 crews.', nextBriefingAt: H(22),
  areas: [area('North County', 21_300, H(46)), area('Lakeshore', 8_100, H(36)), area('Hill Country', 4_700, H(40)), area('East Valley', 4_800, H(38))],
  talkingPoints: ['Most customers back by tomorrow evening.', 'Call 911 if in danger.'],
};

describe('what changed, for reading', () => {
  const view = changesView(diffBriefings(v3, v4), NOW, 'UTC');

  it('puts totals old → new with signed deltas', () => {
    expect(view).toMatchObject({ fromVersion: 3, toVersion: 4, hasChanges: true });
    expect(view.totals).toEqual([
      { label: 'Customers affected', from: '61,300', to: '38,900', delta: '−22,400' },
      { label: 'Customers restored', from: '78,000', to: '101,000', delta: '+23,000' },
    ]);
  });

  it('lists changed areas first, then new ones, then the ones gone, with ETRs side by side', () => {
    expect(view.areas.map((a) => `${a.kind} ${a.serviceArea}`)).toEqual([
      'changed North County', 'changed Lakeshore', 'changed Hill Country', 'added East Valley', 'removed Riverside',
    ]);
    const [north, lake, hill, east, river] = view.areas;
    expect(north).toMatchObject({ outFrom: '27,000', outTo: '21,300', outDelta: '−5,700', etrFrom: null, etrShift: null, notes: { from: 'Transmission repair', to: '' } });
    expect(lake).toMatchObject({ etrFrom: 'Jan 16 08:00', etrTo: 'Jan 16 12:00', etrShift: { tone: 'later', label: '4 h later' } });
    expect(hill).toMatchObject({ etrFrom: NO_ETR, etrTo: 'Jan 16 16:00', etrShift: { tone: 'set', label: 'ETR set' } });
    expect(east).toMatchObject({ outFrom: null, outTo: '4,800', etrTo: 'Jan 16 14:00' });
    expect(river).toMatchObject({ outFrom: '9,100', outTo: null, etrFrom: 'Jan 16 06:00' });
  });

  it('lists talking points added and removed, and the texts that changed', () => {
    expect(view.talkingPoints).toEqual({ added: ['Most customers back by tomorrow evening.'], removed: ['Restoration will take 2 to 3 days.'] });
    expect(view.safetyMessages).toEqual({ added: [], removed: [] });
    expect(view.texts).toEqual([
      { label: 'Crews', from: '300 crews.', to: '340 crews.' },
      { label: 'Next briefing', from: '18:00', to: '22:00' },
    ]);
  });

  it('says when nothing changed', () => {
    expect(changesView(diffBriefings(v4, { ...v4, version: 5 }), NOW, 'UTC')).toMatchObject({ hasChanges: false, totals: [], areas: [], texts: [] });
  });
});

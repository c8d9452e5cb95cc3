import { describe, expect, it } from 'vitest';
import { briefingFreshness, quoteWarning } from './freshness';

const NOW = Date.parse('2025-01-15T16:18:00.000Z');
const iso = (minutesBeforeNow: number) => new Date(NOW - minutesBeforeNow * 60_000).toISOString();

describe('briefing freshness', () => {
  it('says how old the figures are, and is fresh within its next-briefing time and 4 hours', () => {
    const f = briefingFreshness({ asOf: '2025-01-15T14:05:00.000Z', nextBriefingAt: iso(-60) }, NOW, 'UTC');
    expect(f).toEqual({ asOfLabel: 'as of 14:05, 2 h 13 min ago', ageMs: 133 * 60_000, stale: false, reasons: [] });
  });

  it('is stale once its own next-briefing time has passed', () => {
    const f = briefingFreshness({ asOf: iso(90), nextBriefingAt: '2025-01-15T15:00:00.000Z' }, NOW, 'UTC');
    expect(f.stale).toBe(true);
    expect(f.reasons).toEqual(['The next briefing was due at 15:00 (1 h 18 min ago) and has not arrived on this device.']);
  });

  it('is stale after 4 hours even without a next-briefing time', () => {
    expect(briefingFreshness({ asOf: iso(240), nextBriefingAt: null }, NOW).stale).toBe(false);
    const f = briefingFreshness({ asOf: iso(241), nextBriefingAt: null }, NOW);
    expect(f.stale).toBe(true);
    expect(f.reasons).toEqual(['Its figures are 4 h 1 min old, more than 4 hours.']);
  });

  it('gives both reasons when both apply, and dates older days', () => {
    const f = briefingFreshness({ asOf: '2025-01-14T20:00:00.000Z', nextBriefingAt: '2025-01-15T02:00:00.000Z' }, NOW, 'UTC');
    expect(f.asOfLabel).toBe('as of Jan 14 20:00, 20 h 18 min ago');
    expect(f.reasons).toHaveLength(2);
  });
});

describe('quote warning', () => {
  it('lets the current published version be quoted freely', () => {
    expect(quoteWarning({ version: 4, status: 'published' }, { version: 4, status: 'published' })).toBeNull();
  });

  it('warns before quoting a superseded version, naming the one that replaced it', () => {
    expect(quoteWarning({ version: 2, status: 'superseded' }, { version: 4, status: 'published' })).toEqual({
      title: 'Version 2 is superseded',
      message: 'It was replaced by version 4. Its numbers, ETRs and talking points may no longer be accurate: quote the current version instead.',
    });
  });

  it('warns before quoting a draft', () => {
    expect(quoteWarning({ version: 5, status: 'draft' }, { version: 4, status: 'published' })?.title).toBe('Version 5 is a draft');
  });
});

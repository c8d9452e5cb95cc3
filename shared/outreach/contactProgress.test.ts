import { describe, expect, it } from 'vitest';
import { progressByCustomer } from './contactProgress';
import type { ProgressEntry } from './contactProgress';

const entry = (o: Partial<ProgressEntry>): ProgressEntry => ({
  customerId: 'c1', direction: 'outbound', contactOutcome: 'reached', occurredAt: '2025-01-15T12:00:00.000Z', ...o,
});
const progressOf = (entries: ProgressEntry[]) => progressByCustomer(entries).get('c1')?.progress ?? 'not_started';
const t = (h: number) => `2025-01-15T${String(h).padStart(2, '0')}:00:00.000Z`;

describe('outreach progress from the log', () => {
  it('is not started without inbound or outbound entries (internal notes do not count)', () => {
    expect(progressOf([])).toBe('not_started');
    expect(progressOf([entry({ direction: 'internal', contactOutcome: null })])).toBe('not_started');
    expect(progressOf([entry({ customerId: 'other' })])).toBe('not_started');
  });

  it('is reached by a reached call, an entry without outcome, or the customer calling in', () => {
    expect(progressOf([entry({ contactOutcome: 'reached' })])).toBe('reached');
    expect(progressOf([entry({ contactOutcome: null })])).toBe('reached');
    expect(progressOf([entry({ direction: 'inbound', contactOutcome: null })])).toBe('reached');
  });

  it('is attempted or unreachable by the latest failed call, and reached stays reached', () => {
    const noAnswer = entry({ contactOutcome: 'no_answer', occurredAt: t(10) });
    const unreachable = entry({ contactOutcome: 'unreachable', occurredAt: t(11) });
    expect(progressOf([noAnswer])).toBe('attempted');
    expect(progressOf([unreachable, noAnswer])).toBe('unreachable');
    expect(progressOf([entry({ contactOutcome: 'no_answer', occurredAt: t(12) }), unreachable])).toBe('attempted');
    expect(progressOf([entry({ occurredAt: t(9) }), unreachable])).toBe('reached');
  });

  it('keeps the time of the latest call or contact', () => {
    const p = progressByCustomer([entry({ occurredAt: t(9) }), entry({ contactOutcome: 'no_answer', occurredAt: t(14) })]).get('c1');
    expect(p).toEqual({ progress: 'reached', lastActivityAt: t(14) });
  });
});

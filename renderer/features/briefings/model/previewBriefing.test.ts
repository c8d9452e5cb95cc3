import { describe, expect, it } from 'vitest';
import { briefingDraftInputSchema, briefingSchema } from '../../../../shared/domain/briefing';
import { at, briefingContent, T0 } from '../../../data/testing/builders';
import { previewBriefing, previewReadState } from './previewBriefing';

const elena = { id: 'u-elena', name: 'Elena Vasquez' };
const content = (o: Parameters<typeof briefingContent>[0] = {}) => briefingDraftInputSchema.parse(briefingContent(o));
const ids = { draft: crypto.randomUUID(), event: crypto.randomUUID() };
const source = { id: ids.draft, eventId: ids.event, version: 2, issuer: elena, now: Date.parse(at(30)) };

describe('previewBriefing', () => {
  it('is the draft content as a valid published version, issued now by the author', () => {
    const preview = previewBriefing(content({ damage: 'Poles down.' }), source);
    expect(briefingSchema.parse(preview)).toEqual(preview);
    expect(preview).toMatchObject({ id: ids.draft, eventId: ids.event, version: 2, status: 'published', issuedAt: at(30), issuedBy: elena, damage: 'Poles down.' });
  });

  it('reads like a new version to someone who has the current one', () => {
    const current = previewBriefing(content(), { ...source, id: crypto.randomUUID(), version: 1, now: Date.parse(T0) });
    const preview = previewBriefing(content({ customersAffected: 40_000 }), source);
    expect(previewReadState(preview, current)).toMatchObject({
      current: preview, lastReadVersion: 1, unread: true,
      changesSinceRead: { fromVersion: 1, toVersion: 2, customersAffected: { from: 50_000, to: 40_000, delta: -10_000 } },
    });
    expect(previewReadState(preview, null)).toMatchObject({ lastReadVersion: null, unread: true, changesSinceRead: null });
  });
});

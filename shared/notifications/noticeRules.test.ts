import { describe, expect, it } from 'vitest';
import { currentNotices, FOLLOW_UP_DUE_GRACE_MINUTES, nextFollowUpCheck } from './noticeRules';
import type { NoticeInputs } from './noticeRules';

const T = Date.parse('2025-06-01T12:00:00.000Z');
const min = (m: number) => T + m * 60_000;
const iso = (m: number) => new Date(min(m)).toISOString();
const me = { id: 'user-me', name: 'Dana Reyes' };

const inputs = (o: Partial<NoticeInputs> = {}): NoticeInputs => ({ me, briefings: [], eventNames: new Map([['ev-1', 'Winter Storm Harlan']]), lifeSafety: [], followUps: [], ...o });
const briefing = (id: string, issuer: string, status: 'published' | 'draft' = 'published') =>
  ({ id, eventId: 'ev-1', version: 4, status, issuedBy: status === 'draft' ? null : { id: issuer, name: issuer === me.id ? me.name : 'Alex Author' } });
const report = (id: string, authorId: string, correctsId: string | null = null) =>
  ({ id, correctsId, authorId, authorName: 'Sam Ortiz', lifeSafety: 'live_wire' as const, summary: 'Line down on Elm St' });
const followUp = (id: string, dueMinute: number, o: { owner?: string; authorId?: string } = {}) =>
  ({ id, authorId: o.authorId ?? 'user-other', summary: 'Call the plant back', followUp: { owner: o.owner ?? 'Dana Reyes', dueAt: iso(dueMinute) } });

describe('notice rules', () => {
  it('announce briefings published by someone else, not my own and not drafts', () => {
    const notices = currentNotices(inputs({ briefings: [briefing('b-1', 'user-author'), briefing('b-2', me.id), briefing('b-3', '', 'draft')] }), T);
    expect(notices).toEqual([{ id: 'briefing:b-1', kind: 'briefing', title: 'Briefing v4 published', body: 'Winter Storm Harlan: version 4 by Alex Author.', link: '/briefings' }]);
  });

  it('announce life-safety reports by someone else once, a correction counting as the same report', () => {
    const notices = currentNotices(inputs({ lifeSafety: [report('e-1', 'user-sam'), report('e-2', me.id), report('e-3', 'user-sam', 'e-1')] }), T);
    expect(notices.map((n) => n.id)).toEqual(['lifeSafety:e-1', 'lifeSafety:e-1']);
    expect(notices[0]).toMatchObject({ kind: 'lifeSafety', title: 'Life-safety report', body: 'Sam Ortiz: Line down on Elm St' });
  });

  it('announce my follow-ups 15 minutes before and at their due time, each stage under its own id', () => {
    const mine = inputs({ followUps: [followUp('f-1', 30)] });
    expect(currentNotices(mine, min(14))).toEqual([]);
    expect(currentNotices(mine, min(15))).toEqual([
      { id: `followUp:f-1:${iso(30)}:soon`, kind: 'followUp', title: 'Follow-up due in 15 min', body: 'Call the plant back', link: '/log/follow-ups' },
    ]);
    expect(currentNotices(mine, min(29.5)).map((n) => n.title)).toEqual(['Follow-up due in 1 min']);
    expect(currentNotices(mine, min(30))).toMatchObject([{ id: `followUp:f-1:${iso(30)}:due`, title: 'Follow-up due now' }]);
    expect(currentNotices(mine, min(30 + FOLLOW_UP_DUE_GRACE_MINUTES))).toEqual([]);
  });

  it('take follow-ups I own (by name, any case) or asked for, not other people’s', () => {
    const notices = currentNotices(inputs({ followUps: [followUp('f-own', 30, { owner: ' dana reyes ' }), followUp('f-asked', 30, { owner: 'Sam', authorId: me.id }), followUp('f-other', 30, { owner: 'Sam' })] }), min(30));
    expect(notices.map((n) => n.id.split(':')[1])).toEqual(['f-own', 'f-asked']);
  });

  it('a moved due time is a new follow-up notice', () => {
    const before = currentNotices(inputs({ followUps: [followUp('f-1', 30)] }), min(30))[0]!.id;
    const after = currentNotices(inputs({ followUps: [followUp('f-1', 90)] }), min(90))[0]!.id;
    expect(after).not.toBe(before);
  });

  it('say when to look again: the next warning or due time of my follow-ups', () => {
    const state = inputs({ followUps: [followUp('f-1', 30), followUp('f-2', 120), followUp('f-other', 5, { owner: 'Sam' })] });
    expect(nextFollowUpCheck(state, T)).toBe(min(15));
    expect(nextFollowUpCheck(state, min(15))).toBe(min(30));
    expect(nextFollowUpCheck(state, min(30))).toBe(min(105));
    expect(nextFollowUpCheck(inputs(), T)).toBeNull();
  });
});

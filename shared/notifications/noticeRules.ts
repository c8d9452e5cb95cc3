// When something deserves a notification, as plain functions over what the local database holds:
// a briefing published by someone else, a life-safety report logged by someone else, and the user's
// open follow-ups 15 minutes before they are due and when they are due. Whether a notice was already
// given is not decided here: ids are stable, and the data layer keeps those it has seen.
import type { Briefing } from '../domain/briefing';
import type { FollowUp, LogEntry } from '../domain/logEntry';
import type { NoticeDraft } from './notice';

export const FOLLOW_UP_WARNING_MINUTES = 15;
/** A follow-up that became due longer ago than this (the app was closed) is not announced as due. */
export const FOLLOW_UP_DUE_GRACE_MINUTES = 60;
const MINUTE = 60_000;

export interface NoticeInputs {
  me: { id: string; name: string };
  briefings: readonly Pick<Briefing, 'id' | 'eventId' | 'version' | 'status' | 'issuedBy'>[];
  eventNames: ReadonlyMap<string, string>;
  lifeSafety: readonly Pick<LogEntry, 'id' | 'correctsId' | 'authorId' | 'authorName' | 'lifeSafety' | 'summary'>[];
  /** Open follow-ups (what the entry says now; `id` is the original entry's). */
  followUps: readonly { id: string; authorId: string; summary: string; followUp: FollowUp }[];
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
const isMine = (f: NoticeInputs['followUps'][number], me: NoticeInputs['me']) => f.authorId === me.id || sameName(f.followUp.owner, me.name);

function briefingNotices({ me, briefings, eventNames }: NoticeInputs): NoticeDraft[] {
  return briefings
    .filter((b) => b.status === 'published' && b.issuedBy !== null && b.issuedBy.id !== me.id)
    .map((b) => ({
      id: `briefing:${b.id}`,
      kind: 'briefing',
      title: `Briefing v${b.version} published`,
      body: `${eventNames.get(b.eventId) ?? 'An event'}: version ${b.version} by ${b.issuedBy!.name}.`,
      link: '/briefings',
    }));
}

function lifeSafetyNotices({ me, lifeSafety }: NoticeInputs): NoticeDraft[] {
  return lifeSafety
    .filter((e) => e.lifeSafety !== null && e.authorId !== me.id)
    .map((e) => ({
      // A correction of a report already announced is the same report.
      id: `lifeSafety:${e.correctsId ?? e.id}`,
      kind: 'lifeSafety',
      title: 'Life-safety report',
      body: `${e.authorName}: ${e.summary}`,
      link: '/log',
    }));
}

function followUpNotices({ me, followUps }: NoticeInputs, now: number): NoticeDraft[] {
  return followUps.filter((f) => isMine(f, me)).flatMap((f): NoticeDraft[] => {
    const due = Date.parse(f.followUp.dueAt);
    const key = `followUp:${f.id}:${f.followUp.dueAt}`;
    if (now >= due && now < due + FOLLOW_UP_DUE_GRACE_MINUTES * MINUTE) {
      return [{ id: `${key}:due`, kind: 'followUp', title: 'Follow-up due now', body: f.summary, link: '/log/follow-ups' }];
    }
    if (now >= due - FOLLOW_UP_WARNING_MINUTES * MINUTE && now < due) {
      const minutes = Math.ceil((due - now) / MINUTE);
      return [{ id: `${key}:soon`, kind: 'followUp', title: `Follow-up due in ${minutes} min`, body: f.summary, link: '/log/follow-ups' }];
    }
    return [];
  });
}

/** Every notice that applies now (seen or not). */
export const currentNotices = (inputs: NoticeInputs, now: number): NoticeDraft[] => [
  ...lifeSafetyNotices(inputs),
  ...briefingNotices(inputs),
  ...followUpNotices(inputs, now),
];

/** When a follow-up of the user next crosses a notice boundary (ms), or null if none will. */
export function nextFollowUpCheck({ me, followUps }: NoticeInputs, now: number): number | null {
  const times = followUps
    .filter((f) => isMine(f, me))
    .flatMap((f) => {
      const due = Date.parse(f.followUp.dueAt);
      return [due - FOLLOW_UP_WARNING_MINUTES * MINUTE, due];
    })
    .filter((t) => t > now);
  return times.length === 0 ? null : Math.min(...times);
}

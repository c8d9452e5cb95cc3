// What the app notifies about, how a notification is kept (the in-app list) and the per-kind on/off
// settings. A notice's id names the thing it is about, so the same thing is never notified twice.
import { z } from 'zod';

export const noticeKinds = ['briefing', 'lifeSafety', 'followUp'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindLabels: Record<NoticeKind, { label: string; description: string }> = {
  briefing: { label: 'New briefings', description: 'A restoration briefing was published by someone else.' },
  lifeSafety: { label: 'Life-safety reports', description: 'Someone else logged a live wire, fire or property damage.' },
  followUp: { label: 'Follow-ups coming due', description: 'Your follow-ups, 15 minutes before they are due and when they are due.' },
};

export const noticeSettingsSchema = z.object({
  briefing: z.boolean().default(true),
  lifeSafety: z.boolean().default(true),
  followUp: z.boolean().default(true),
});
export type NoticeSettings = z.output<typeof noticeSettingsSchema>;

/** A notice as the rules produce it. */
export interface NoticeDraft {
  /** `kind:<record id>[:<stage>]`: one notice per thing (and follow-up stage), ever. */
  id: string;
  kind: NoticeKind;
  title: string;
  body: string;
  /** In-app route of what it is about. */
  link: string;
}

/** A notice as kept on the device. `shown` false: recorded as seen without notifying (snapshot, kind off). */
export interface Notice extends NoticeDraft {
  at: string;
  shown: boolean;
  readAt: string | null;
}

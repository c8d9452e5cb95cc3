/** syncMeta keys of notifications (beside meta/keys.ts): one row per notice, the settings, the baseline. */
export const noticeKeys = {
  prefix: 'notice:',
  notice: (id: string) => `notice:${id}`,
  settings: 'notices.settings',
  /** When notices started: records that arrived before (the first sync's snapshot) were seen silently. */
  baseline: 'notices.baseline',
} as const;

/** Keys of the syncMeta table (device-local key/value settings and sync bookkeeping). */
export const metaKeys = {
  clientId: 'clientId',
  /** Next outbox sequence number to allocate (gap-free, monotonic per client). */
  nextSeq: 'nextSeq',
  /** Last hybrid logical clock value issued on this device (encoded). */
  hlc: 'hlc',
  localProfile: 'localProfile',
  /** The event this device works under (log entries default to it). */
  activeEventId: 'activeEventId',
  demoSeeded: 'demoSeeded',
  briefingRead: (eventId: string) => `briefingRead:${eventId}`,
} as const;

/** syncMeta keys of the sync client (beside renderer/data/meta/keys.ts). */
export const syncKeys = {
  /** Opaque pull cursor (`<epoch>.<seq>`) up to which this database holds the server's changes. */
  cursor: 'sync.cursor',
  /** When the last complete sync (push and pull) ended, ISO. */
  lastSyncedAt: 'sync.lastSyncedAt',
} as const;

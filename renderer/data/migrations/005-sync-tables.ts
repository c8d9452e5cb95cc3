// Version 5: what the sync client keeps beside the records. `conflicts` holds the server's conflicts
// (both values, who and when) so the conflicts view works offline; `serverCopies` holds the server's
// version of a record that has unacknowledged or refused local changes, so the local row can be put
// back exactly when those changes are acknowledged or discarded (see renderer/data/sync/).
import type { Migration } from './migration';

export const syncTables: Migration = {
  version: 5,
  stores: {
    conflicts: 'id, status, recordId',
    serverCopies: 'id',
  },
};

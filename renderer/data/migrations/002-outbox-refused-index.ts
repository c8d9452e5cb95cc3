// Version 2: index the outbox's `refusedReason` so the sync status can count refused mutations without
// reading the whole outbox (pending rows have null, which IndexedDB leaves out of the index).
import type { Migration } from './migration';

export const outboxRefusedIndex: Migration = {
  version: 2,
  stores: { outbox: 'seq, &mutationId, [entity+recordId], refusedReason' },
};

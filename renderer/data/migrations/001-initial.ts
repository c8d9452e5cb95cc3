// Version 1 of the local database. Indexes serve the queries in renderer/data/*/queries.ts: sort keys
// for the customer list, the multiEntry `*searchTokens` for search, compound keys for per-customer and
// per-event timelines. Null and boolean values are not indexed, hence the derived keys in rows.ts.
import type { Migration } from './migration';

export const initial: Migration = {
  version: 1,
  stores: {
    customers:
      'id, nameKey, [tierRank+nameKey], contactedKey, tier, facilityType, *serviceAreas, assignedLiaisonId, hasGenerator, deletedAt, *searchTokens',
    contacts: 'id, customerId, *searchTokens',
    events: 'id, status, startedAt',
    briefings: 'id, eventId, &[eventId+version], status',
    briefingAcks: 'id, briefingId, [briefingId+userId], [eventId+version]',
    logEntries: 'id, [eventKey+occurredAt], [customerId+occurredAt], occurredAt, correctsId, closesFollowUpOf, followUpDueAt',
    outbox: 'seq, &mutationId, [entity+recordId]',
    syncMeta: 'key',
  },
};

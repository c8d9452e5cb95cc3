// The sync API on the wire (docs/sync-protocol.md is the prose contract): push outbox mutations, pull
// changes after a cursor, conflicts, and the live "something changed" signal.
import { z } from 'zod';
import { entityNames } from '../domain/entities';
import { isCursorText } from '../sync/cursor';

export const MAX_PUSH_MUTATIONS = 500;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;
/** Mutations (HLC or `at`) further ahead of the server's clock are refused with `clock_ahead`. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
/** Deleted records are kept at least this long before a purge may remove them. */
export const TOMBSTONE_RETENTION_MS = 90 * 86_400_000;

/** Codes of non-2xx sync answers (beside the auth codes and `invalid_request`). */
export const syncErrorCodes = [
  /** Pull: the cursor is from another database, older than the purge horizon, or predates a scope change. Re-snapshot. */
  'cursor_reset',
  /** Push: this clientId belongs to another user; make a new clientId. */
  'client_owned_by_other_user',
  /** Dismiss: no such conflict in the caller's scopes. */
  'not_found',
] as const;

/**
 * Why one mutation was refused. A refused mutation consumes its seq; the rest of the batch still applies.
 * Sending it again (same client and seq) gets the same refusal.
 */
export const refusalCodes = [
  /** The mutation or the record it would produce fails the shared schemas or a domain rule. */
  'validation',
  /** The user's role may not make this change (e.g. briefings need briefing_author or admin). */
  'forbidden',
  /** The record's scope (or the scope it would move to) is not one of the user's scopes. */
  'out_of_scope',
  /** Update or delete of a record the server does not have. */
  'not_found',
  /** The mutation's HLC or `at` is more than 5 minutes ahead of the server's clock. */
  'clock_ahead',
  /** Log entries and briefing acknowledgements are insert-only. */
  'append_only',
  /** The id already belongs to a record of another entity. */
  'id_conflict',
  /** Published and superseded briefings never change; publish a new version instead. */
  'briefing_immutable',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export const syncCursorSchema = z.string().refine(isCursorText, { error: 'Not a sync cursor' });

/**
 * A pushed mutation as the request schema sees it: only `seq` is checked here, so that a mutation with
 * a readable seq but a bad body is refused on its own (`validation`) instead of failing the batch.
 * Each element must be a `Mutation` (shared/sync/mutation.ts).
 */
export const pushedMutationSchema = z.looseObject({ seq: z.number().int().positive() });

export const pushRequestSchema = z.strictObject({
  clientId: z.string().min(1).max(100),
  mutations: z.array(pushedMutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.input<typeof pushRequestSchema>;

const resultBase = { seq: z.number().int().positive(), mutationId: z.string().nullable() };

export const mutationResultSchema = z.discriminatedUnion('status', [
  /** Applied now (possibly losing some fields to newer edits: see `conflictIds`). */
  z.strictObject({ ...resultBase, status: z.literal('applied'), conflictIds: z.array(z.uuid()) }),
  /** Applied by an earlier push: drop it from the outbox. (One refused earlier is answered `refused` again.) */
  z.strictObject({ ...resultBase, status: z.literal('duplicate') }),
  z.strictObject({ ...resultBase, status: z.literal('refused'), code: z.enum(refusalCodes), reason: z.string() }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

/**
 * `POST /api/sync/push`. `results` has one entry per processed mutation, in seq order. When a mutation's
 * seq skips ahead of the next one expected, processing stops there: `gap` says which seq to send next,
 * and the mutations from the gap on are not in `results` (send them again after the missing ones).
 */
export const pushResponseSchema = z.strictObject({
  clientId: z.string(),
  /** Highest seq of this client the server has processed (applied or refused). */
  lastSeq: z.number().int().nonnegative(),
  results: z.array(mutationResultSchema),
  gap: z.strictObject({ code: z.literal('seq_gap'), expectedSeq: z.number().int().positive(), receivedSeq: z.number().int().positive() }).nullable(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.strictObject({
  /** Omitted or empty: from the beginning (the snapshot). */
  cursor: z.preprocess((v) => (v === '' ? undefined : v), syncCursorSchema.optional()),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

/** A record as the server holds it now (valid for `entitySchemas[entity]`), with its latest HLC. */
export const recordChangeSchema = z.strictObject({
  seq: z.number().int().positive(),
  entity: z.enum(entityNames),
  record: z.record(z.string(), z.unknown()),
  /** Highest HLC of the record's fields: feed it to `hlcReceive` so later local edits order after it. */
  hlc: z.string(),
});

/** The record moved to a scope the user does not have: drop the local copy (it was not deleted). */
export const outOfScopeChangeSchema = z.strictObject({
  seq: z.number().int().positive(),
  entity: z.enum(entityNames),
  id: z.uuid(),
  outOfScope: z.literal(true),
});

export const syncChangeSchema = z.union([recordChangeSchema, outOfScopeChangeSchema]);
export type SyncChange = z.infer<typeof syncChangeSchema>;

export const conflictStatuses = ['open', 'restored', 'dismissed', 'superseded'] as const;

export const conflictSideSchema = z.strictObject({
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  /** The HLC of that write; its node part is the writing client's id. */
  hlc: z.string(),
  /** When the write was made (the HLC's wall time). */
  at: z.iso.datetime(),
});

/**
 * A value that lost a concurrent edit (`kind: 'field'`), or a record an edit revived after a delete
 * (`kind: 'revived'`, field `deletedAt`). Restore = push an update (or delete) that sets the losing
 * value; the server then marks the conflict `restored`. Any later edit of the field marks it `superseded`.
 */
export const syncConflictSchema = z.strictObject({
  seq: z.number().int().positive(),
  id: z.uuid(),
  entity: z.enum(entityNames),
  recordId: z.uuid(),
  scopeId: z.string(),
  field: z.string(),
  kind: z.enum(['field', 'revived']),
  winningValue: z.unknown(),
  losingValue: z.unknown(),
  winner: conflictSideSchema,
  loser: conflictSideSchema,
  status: z.enum(conflictStatuses),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  resolvedBy: z.string().nullable(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

/**
 * `GET /api/sync/pull?cursor=&limit=`. `changes` and `conflicts` together are the page, ordered by seq;
 * store both with `cursor` in one local transaction. `hasMore`: pull again right away.
 */
export const pullResponseSchema = z.strictObject({
  changes: z.array(syncChangeSchema),
  conflicts: z.array(syncConflictSchema),
  cursor: syncCursorSchema,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** `POST /api/sync/conflicts/:conflictId/dismiss`: keep the winning value and close the conflict. */
export const conflictIdParamsSchema = z.strictObject({ conflictId: z.uuid() });
export const dismissConflictResponseSchema = z.strictObject({ conflict: syncConflictSchema });
export type DismissConflictResponse = z.infer<typeof dismissConflictResponseSchema>;

/** Data of the `ready` and `change` events of `GET /api/sync/events` (Server-Sent Events). */
export const syncSignalSchema = z.strictObject({ seq: z.number().int().nonnegative() });
export type SyncSignal = z.infer<typeof syncSignalSchema>;

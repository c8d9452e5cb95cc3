// One sync cycle's two halves. Push sends the outbox in seq order, in batches, and applies each answer
// (acknowledged, refused, seq gap, client id taken). Pull fetches pages after the cursor and applies
// each page with its cursor in one local transaction; a cursor the server cannot continue starts a
// re-snapshot that keeps the outbox and deletes nothing until it has completed.
import { v7 as uuidv7 } from 'uuid';
import type { PullResponse, RefusalCode } from '../../shared/api/sync';
import { MAX_PUSH_MUTATIONS } from '../../shared/api/sync';
import type { LiaisonDb } from '../data/db';
import { applyPulledPage } from '../data/sync/applyPulled';
import { acknowledgePush } from '../data/sync/outboxAck';
import { rebaseOutbox } from '../data/sync/outboxRebase';
import { emptySeen } from '../data/sync/reconcile';
import type { SeenIds } from '../data/sync/reconcile';
import { pendingBatch, syncCursor } from '../data/sync/syncQueries';
import { RECORDS_PER_WRITE } from '../data/writeBatch';
import { SyncApiError } from './syncApi';
import type { SyncApi } from './syncApi';
import type { SyncActivity } from './syncStatus';

export interface CycleContext {
  db: LiaisonDb;
  api: SyncApi;
  signal: AbortSignal;
  report: (activity: SyncActivity) => void;
  pushBatchSize?: number;
  pullPageSize?: number;
}

export interface PushOutcome {
  acknowledged: number;
  refused: { seq: number; code: RefusalCode; reason: string }[];
}

/** Only the Mutation fields go on the wire (the server refuses unknown keys). */
const wireMutation = ({ clientId, seq, mutationId, entity, recordId, op, patch, base, hlc, at }: Record<string, unknown>) =>
  ({ clientId, seq, mutationId, entity, recordId, op, patch, base, hlc, at });

export async function pushOutbox(ctx: CycleContext): Promise<PushOutcome> {
  const { db, api, signal } = ctx;
  const outcome: PushOutcome = { acknowledged: 0, refused: [] };
  let renewedClient = false;
  let rebases = 0;
  for (;;) {
    const batch = await pendingBatch(db, ctx.pushBatchSize ?? MAX_PUSH_MUTATIONS);
    if (batch.length === 0 || signal.aborted) return outcome;
    ctx.report({ phase: 'pushing', done: outcome.acknowledged });
    let response;
    try {
      response = await api.push(batch[0]!.clientId, batch.map(wireMutation), signal);
    } catch (error) {
      if (!(error instanceof SyncApiError) || error.kind !== 'client_owned' || renewedClient) throw error;
      renewedClient = true;
      await rebaseOutbox(db, 1, uuidv7());
      continue;
    }
    const ack = await acknowledgePush(db, batch, response);
    outcome.acknowledged += ack.acknowledged;
    outcome.refused.push(...ack.refused);
    if (response.gap) {
      // The server expects a seq this outbox no longer holds as pending: continue its sequence.
      if (++rebases > 3) throw new SyncApiError('refused', `The server keeps expecting change number ${response.gap.expectedSeq} from this device`);
      await rebaseOutbox(db, response.gap.expectedSeq);
      continue;
    }
    if (ack.acknowledged + ack.refused.length === 0) {
      throw new SyncApiError('refused', 'The server did not take any of the pending changes');
    }
  }
}

export interface PullOutcome {
  pages: number;
  records: number;
  removed: number;
  rejected: number;
  /** The pull started from nothing (first sync) or over again after cursor_reset. */
  snapshot: boolean;
}

/**
 * Pulls pages until the server has no more. The next page is requested while the current one is
 * written, so the server's work and IndexedDB's overlap; the cursor stored locally still moves only
 * with each written page, and a prefetched page is simply dropped if anything fails.
 */
export async function pullChanges(ctx: CycleContext): Promise<PullOutcome> {
  const { db, api, signal } = ctx;
  const pageSize = ctx.pullPageSize ?? RECORDS_PER_WRITE; // each page is written in one transaction
  const request = (from: string | null) => {
    const pending = api.pull(from, pageSize, signal);
    pending.catch(() => undefined); // awaited below, or dropped after a failure: never unhandled
    return pending;
  };
  let cursor = await syncCursor(db);
  let reset: SeenIds | null = null;
  let prefetched: Promise<PullResponse> | null = null;
  const outcome: PullOutcome = { pages: 0, records: 0, removed: 0, rejected: 0, snapshot: cursor === null };
  for (;;) {
    if (signal.aborted) return outcome;
    ctx.report({ phase: outcome.snapshot ? 'snapshot' : 'pulling', done: outcome.records });
    let page;
    try {
      page = await (prefetched ?? request(cursor));
    } catch (error) {
      if (!(error instanceof SyncApiError) || error.kind !== 'cursor_reset' || reset !== null) throw error;
      // Start over from the empty cursor; local data stays until the new snapshot is complete.
      reset = emptySeen();
      cursor = null;
      prefetched = null;
      outcome.snapshot = true;
      continue;
    }
    prefetched = page.hasMore ? request(page.cursor) : null;
    const applied = await applyPulledPage(db, page, { reset });
    outcome.pages += 1;
    outcome.records += applied.records;
    outcome.removed += applied.removed;
    outcome.rejected += applied.rejected;
    cursor = page.cursor;
    if (!page.hasMore) return outcome;
  }
}

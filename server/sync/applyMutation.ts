// One pushed mutation through the server's rules: shape, client and clock binding, clock skew, then the
// rules of its entity. Anything wrong with the mutation becomes a per-mutation refusal; only a server
// fault (a thrown non-Refusal) fails the whole push, which then rolls back.
import type { MutationResult } from '../../shared/api/sync';
import { MAX_CLOCK_AHEAD_MS } from '../../shared/api/sync';
import { decodeHlc } from '../../shared/clock/hlc';
import { appendOnlyEntities } from '../../shared/domain/entities';
import type { EntityName } from '../../shared/domain/entities';
import { describeIssues, toFieldIssues } from '../../shared/domain/fieldIssues';
import { mutationSchema } from '../../shared/sync/mutation';
import type { Mutation } from '../../shared/sync/mutation';
import { Refusal, refuse } from './applyContext';
import type { ApplyContext } from './applyContext';
import { applyAppendOnly } from './applyAppendOnly';
import { applyBriefing } from './applyBriefing';
import { applyMergeable } from './applyMergeable';

// Results are stored for refusals (refusalStore.ts): what a malformed mutation echoes stays bounded.
const MAX_ID_CHARS = 100;
const MAX_REASON_CHARS = 2000;

export type AppliedMutation = { result: MutationResult; mutation: Mutation | null };

const rules: Record<EntityName, (ctx: ApplyContext, m: Mutation) => { conflictIds: string[] }> = {
  customer: applyMergeable,
  contact: applyMergeable,
  event: applyMergeable,
  briefing: applyBriefing,
  briefingAck: applyAppendOnly,
  logEntry: applyAppendOnly,
};

function parseMutation(ctx: ApplyContext, raw: Record<string, unknown>): Mutation {
  if (appendOnlyEntities.includes(raw.entity as EntityName) && (raw.op === 'update' || raw.op === 'delete')) {
    refuse('append_only', `A ${String(raw.entity)} is append-only: add a new one (a correction) instead`);
  }
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success) return refuse('validation', `Malformed mutation: ${describeIssues(toFieldIssues(parsed.error))}`);
  const m = parsed.data;
  if (m.clientId !== ctx.clientId) refuse('validation', 'The mutation\'s clientId differs from the batch\'s');
  const clock = decodeHlc(m.hlc);
  // The HLC's node names the writer of each field (conflicts show that writer): it must be this client.
  if (clock.node !== ctx.clientId) refuse('validation', 'The mutation\'s clock (hlc) names another client: it must carry the pushing client\'s id');
  if (m.recordId !== m.recordId.toLowerCase()) refuse('validation', 'Record ids are lower-case UUIDs');
  const aheadMs = Math.max(clock.ms, Date.parse(m.at)) - ctx.now.getTime();
  if (aheadMs > MAX_CLOCK_AHEAD_MS) {
    refuse('clock_ahead', `This device's clock is ${Math.round(aheadMs / 60_000)} minutes ahead of the server: correct the clock, then make the change again`);
  }
  return m;
}

export function applyMutation(ctx: ApplyContext, raw: Record<string, unknown> & { seq: number }): AppliedMutation {
  const mutationId = typeof raw.mutationId === 'string' ? raw.mutationId.slice(0, MAX_ID_CHARS) : null;
  let mutation: Mutation | null = null;
  try {
    mutation = parseMutation(ctx, raw);
    const { conflictIds } = rules[mutation.entity](ctx, mutation);
    return { mutation, result: { seq: raw.seq, mutationId, status: 'applied', conflictIds } };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // A reason can quote client input (unknown field names).
    return { mutation, result: { seq: raw.seq, mutationId, status: 'refused', code: error.code, reason: error.message.slice(0, MAX_REASON_CHARS) } };
  }
}

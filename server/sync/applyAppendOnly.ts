// Log entries and briefing acknowledgements are insert-only: never updated or deleted (a correction is a
// new entry). The server stamps the author (log) or reader (ack) from the session, never from the client,
// and an ack takes its event, version and scope from the briefing it acknowledges.
import type { Mutation } from '../../shared/sync/mutation';
import { sameValue } from '../../shared/sync/merge';
import { parseRecord, refuse, requireScope } from './applyContext';
import type { ApplyContext } from './applyContext';
import type { StoredRecord } from './workingSet';

const SERVER_STAMPED = new Set(['createdAt', 'updatedAt', 'updatedBy']);
const sameContent = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  sameValue(
    Object.fromEntries(Object.entries(a).filter(([k]) => !SERVER_STAMPED.has(k))),
    Object.fromEntries(Object.entries(b).filter(([k]) => !SERVER_STAMPED.has(k))),
  );

function stampedRecord(ctx: ApplyContext, m: Mutation): Record<string, unknown> {
  const stamps = { createdAt: m.at, updatedAt: m.at, updatedBy: ctx.user.id, deletedAt: null };
  if (m.entity === 'logEntry') {
    requireScope(ctx, m.patch.scopeId, 'This log entry');
    return parseRecord('logEntry', { ...m.patch, ...stamps, authorId: ctx.user.id, authorName: ctx.user.name });
  }
  const briefingId = m.patch.briefingId;
  const briefing = typeof briefingId === 'string' ? ctx.set.get(briefingId) : undefined;
  if (briefing === undefined || briefing.entity !== 'briefing' || briefing.data.deletedAt !== null || briefing.data.status === 'draft') {
    refuse('validation', 'Only a published briefing can be acknowledged');
  }
  requireScope(ctx, briefing!.scopeId, 'The acknowledged briefing');
  return parseRecord('briefingAck', {
    ...m.patch, ...stamps, scopeId: briefing!.scopeId, eventId: briefing!.data.eventId, version: briefing!.data.version,
    userId: ctx.user.id, userName: ctx.user.name,
  });
}

export function applyAppendOnly(ctx: ApplyContext, m: Mutation): { conflictIds: string[] } {
  if (m.op !== 'insert') refuse('append_only', `A ${m.entity} is append-only: add a new one instead`);
  const data = stampedRecord(ctx, m);
  const existing = ctx.set.get(m.recordId);
  if (existing !== undefined) {
    if (existing.entity !== m.entity) refuse('id_conflict', `Id ${m.recordId} belongs to a ${existing.entity}`);
    if (!sameContent(existing.data, data)) refuse('append_only', `This ${m.entity} already exists and cannot be changed`);
    return { conflictIds: [] };
  }
  const record: StoredRecord = {
    id: m.recordId, entity: m.entity, scopeId: data.scopeId as string, priorScopes: [], data,
    baseHlc: m.hlc, fieldHlc: {}, hlc: m.hlc, deletedAt: null,
  };
  ctx.set.put(record);
  return { conflictIds: [] };
}

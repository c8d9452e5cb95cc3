// Rules for customers, contacts and events: per-field merge on update, revive on an edit after a
// delete, a delete that loses to a later edit. Events are written by briefing authors and admins, stay
// in their region, and each event is also a scope (its briefings, acks and log entries live in it).
import { randomUUID } from 'node:crypto';
import type { Mutation } from '../../shared/sync/mutation';
import { compareHlc } from '../../shared/clock/hlc';
import { canAuthorBriefings } from '../auth/authContext';
import { heldSide, laterIso, parseRecord, pusherSide, refuse, requireScope, updatableFields } from './applyContext';
import type { ApplyContext } from './applyContext';
import { mergeUpdate } from './mergeUpdate';
import type { StoredRecord } from './workingSet';

type Outcome = { conflictIds: string[] };

function checkRole(ctx: ApplyContext, m: Mutation): void {
  if (m.entity === 'event' && !canAuthorBriefings(ctx.user.role)) {
    refuse('forbidden', 'Only briefing authors and admins create or change events');
  }
}

/** A contact belongs to a customer the user can see. */
function checkCustomerRef(ctx: ApplyContext, customerId: unknown): void {
  const customer = typeof customerId === 'string' ? ctx.set.get(customerId) : undefined;
  if (customer === undefined || customer.entity !== 'customer') refuse('validation', 'The contact\'s customer does not exist');
  requireScope(ctx, customer!.scopeId, 'The contact\'s customer');
}

function registerEvent(ctx: ApplyContext, record: StoredRecord): void {
  const scope = { id: record.id, kind: 'event' as const, name: String(record.data.name), parentId: record.scopeId };
  ctx.set.registerEventScope(scope);
  ctx.scopes.set(scope.id, scope);
}

/** The existing record for an update or delete, after entity, scope and role checks. */
export function existingFor(ctx: ApplyContext, m: Mutation): StoredRecord {
  const existing = ctx.set.get(m.recordId);
  if (existing === undefined) return refuse('not_found', `There is no ${m.entity} ${m.recordId} on the server`);
  if (existing.entity !== m.entity) return refuse('id_conflict', `Id ${m.recordId} belongs to a ${existing.entity}`);
  requireScope(ctx, existing.scopeId, `This ${m.entity}`);
  return existing;
}

function update(ctx: ApplyContext, m: Mutation, existing: StoredRecord): Outcome {
  const allowed = updatableFields[m.entity];
  const bad = Object.keys(m.patch).filter((field) => !allowed.has(field));
  if (bad.length > 0) refuse('validation', `An update cannot set ${bad.join(', ')}`);
  if ('scopeId' in m.patch && m.patch.scopeId !== existing.scopeId) {
    if (m.entity === 'event') refuse('validation', 'An event stays in the region it was created in');
    requireScope(ctx, m.patch.scopeId, `The new scope of this ${m.entity}`);
  }
  if (m.entity === 'contact' && 'customerId' in m.patch) checkCustomerRef(ctx, m.patch.customerId);
  const merged = mergeUpdate(ctx, existing, { patch: m.patch, base: m.base, hlc: m.hlc, at: m.at });
  if (m.entity === 'event' && merged.changedFields.includes('name')) registerEvent(ctx, merged.record);
  return { conflictIds: merged.conflicts.map((c) => c.id) };
}

function insert(ctx: ApplyContext, m: Mutation): Outcome {
  const existing = ctx.set.get(m.recordId);
  if (existing !== undefined) {
    // The same record sent again (e.g. after the client renumbered its outbox): merge it as an update
    // with an unknown base, so differing fields surface as conflicts rather than silently replacing.
    if (existing.entity !== m.entity) refuse('id_conflict', `Id ${m.recordId} belongs to a ${existing.entity}`);
    requireScope(ctx, existing.scopeId, `This ${m.entity}`);
    const allowed = updatableFields[m.entity];
    const patch = Object.fromEntries(Object.entries(m.patch).filter(([field]) => allowed.has(field)));
    return update(ctx, { ...m, op: 'update', patch, base: {} }, existing);
  }
  requireScope(ctx, m.patch.scopeId, `This ${m.entity}`);
  if (m.entity === 'event' && ctx.scopes.get(m.patch.scopeId as string)?.kind !== 'region') {
    refuse('validation', 'An event belongs to a region scope');
  }
  if (m.entity === 'contact') checkCustomerRef(ctx, m.patch.customerId);
  const data = parseRecord(m.entity, { ...m.patch, createdAt: m.at, updatedAt: m.at, updatedBy: ctx.user.id, deletedAt: null });
  const record: StoredRecord = {
    id: m.recordId,
    entity: m.entity,
    scopeId: data.scopeId as string,
    priorScopes: [],
    data,
    baseHlc: m.hlc,
    fieldHlc: {},
    hlc: m.hlc,
    deletedAt: null,
  };
  ctx.set.put(record);
  if (m.entity === 'event') registerEvent(ctx, record);
  return { conflictIds: [] };
}

/**
 * A delete applies unless someone edited the record after it (by HLC): then the record stays and a
 * `revived` conflict shows the delete that lost. Deleting settles the record's open conflicts.
 */
export function applyDelete(ctx: ApplyContext, m: Mutation, existing: StoredRecord): Outcome {
  if (existing.data.deletedAt !== null) return { conflictIds: [] };
  const nowIso = ctx.now.toISOString();
  const lastEdit = Object.values(existing.fieldHlc).reduce<string | null>((max, h) => (max === null || compareHlc(h, max) > 0 ? h : max), null);
  if (lastEdit !== null && compareHlc(lastEdit, m.hlc) > 0) {
    const conflict = {
      id: randomUUID(), entity: existing.entity, recordId: existing.id, scopeId: existing.scopeId, field: 'deletedAt',
      kind: 'revived' as const, winningValue: null, losingValue: m.at, winner: heldSide(lastEdit), loser: pusherSide(ctx, m.hlc),
      status: 'open' as const, createdAt: nowIso, resolvedAt: null, resolvedBy: null,
    };
    ctx.set.addConflict(conflict);
    return { conflictIds: [conflict.id] };
  }
  const data = { ...existing.data, deletedAt: m.at, updatedAt: laterIso(existing.data.updatedAt, m.at), updatedBy: ctx.user.id };
  ctx.set.put({
    ...existing,
    data,
    fieldHlc: { ...existing.fieldHlc, deletedAt: m.hlc },
    hlc: compareHlc(m.hlc, existing.hlc) > 0 ? m.hlc : existing.hlc,
    deletedAt: ctx.now,
  });
  ctx.set.closeConflicts(existing.id, (c) => (c.kind === 'revived' ? 'restored' : 'superseded'), ctx.user.id, nowIso);
  return { conflictIds: [] };
}

export function applyMergeable(ctx: ApplyContext, m: Mutation): Outcome {
  checkRole(ctx, m);
  if (m.op === 'insert') return insert(ctx, m);
  const existing = existingFor(ctx, m);
  return m.op === 'update' ? update(ctx, m, existing) : applyDelete(ctx, m, existing);
}

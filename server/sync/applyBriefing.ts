// Briefings are server-authoritative: only briefing authors and admins write them; the server numbers
// versions, stamps who published and when, and publishing supersedes the event's previous published
// version. Published and superseded versions never change; drafts merge per field like customers.
import type { Mutation } from '../../shared/sync/mutation';
import { maxHlc, sameValue } from '../../shared/sync/merge';
import { briefingContentShape } from '../../shared/domain/briefing';
import { canAuthorBriefings } from '../auth/authContext';
import { laterIso, parseRecord, refuse, requireScope, updatableFields } from './applyContext';
import type { ApplyContext } from './applyContext';
import { applyDelete, existingFor } from './applyMergeable';
import { mergeUpdate } from './mergeUpdate';
import { fieldHlcOf } from './workingSet';
import type { StoredRecord } from './workingSet';

type Outcome = { conflictIds: string[] };
const contentFields = Object.keys(briefingContentShape);

const versionOf = (record: StoredRecord) => Number(record.data.version);

/** Issue stamps and a version above every other version of the event. */
function publishStamps(ctx: ApplyContext, data: Record<string, unknown>): Record<string, unknown> {
  const others = ctx.set.briefingsOfEvent(String(data.eventId)).filter((b) => b.id !== data.id);
  const highest = Math.max(0, ...others.map(versionOf));
  const version = Number(data.version) > highest ? Number(data.version) : highest + 1;
  return { ...data, status: 'published', version, issuedAt: ctx.now.toISOString(), issuedBy: { id: ctx.user.id, name: ctx.user.name } };
}

/** Marks the event's other published versions superseded. */
function supersedeOthers(ctx: ApplyContext, published: StoredRecord, hlc: string, at: string): void {
  for (const other of ctx.set.briefingsOfEvent(String(published.data.eventId))) {
    if (other.id === published.id || other.data.status !== 'published') continue;
    const statusHlc = maxHlc(fieldHlcOf(other, 'status'), hlc);
    ctx.set.put({
      ...other,
      data: { ...other.data, status: 'superseded', updatedAt: laterIso(other.data.updatedAt, at), updatedBy: ctx.user.id },
      fieldHlc: { ...other.fieldHlc, status: statusHlc },
      hlc: maxHlc(other.hlc, statusHlc),
    });
  }
}

function checkStatus(status: unknown): void {
  if (status !== undefined && status !== 'draft' && status !== 'published') {
    refuse('validation', 'A briefing is saved as a draft or published; the server supersedes old versions');
  }
}

function update(ctx: ApplyContext, m: Mutation, existing: StoredRecord): Outcome {
  if (existing.data.status !== 'draft') refuse('briefing_immutable', `Version ${versionOf(existing)} is ${String(existing.data.status)}: publish a new version instead`);
  const bad = Object.keys(m.patch).filter((field) => !updatableFields.briefing.has(field));
  if (bad.length > 0) refuse('validation', `An update cannot set ${bad.join(', ')}`);
  checkStatus(m.patch.status);
  // Only drafts are updated, so a status change is always based on 'draft'.
  const base = 'status' in m.patch ? { ...m.base, status: 'draft' } : m.base;
  const merged = mergeUpdate(ctx, existing, {
    patch: m.patch,
    base,
    hlc: m.hlc,
    at: m.at,
    finish: (data) => (data.status === 'published' ? publishStamps(ctx, data) : data),
  });
  if (merged.changed && merged.record.data.status === 'published') supersedeOthers(ctx, merged.record, m.hlc, m.at);
  return { conflictIds: merged.conflicts.map((c) => c.id) };
}

function insert(ctx: ApplyContext, m: Mutation): Outcome {
  const existing = ctx.set.get(m.recordId);
  if (existing !== undefined) {
    if (existing.entity !== 'briefing') refuse('id_conflict', `Id ${m.recordId} belongs to a ${existing.entity}`);
    requireScope(ctx, existing.scopeId, 'This briefing');
    const patch = Object.fromEntries(Object.entries(m.patch).filter(([field]) => updatableFields.briefing.has(field)));
    if (existing.data.status !== 'draft' && contentFields.every((f) => !(f in patch) || sameValue(patch[f], existing.data[f]))) {
      return { conflictIds: [] };
    }
    return update(ctx, { ...m, op: 'update', patch, base: {} }, existing);
  }
  const eventId = m.patch.eventId;
  const event = typeof eventId === 'string' ? ctx.set.get(eventId) : undefined;
  if (event === undefined || event.entity !== 'event' || event.data.deletedAt !== null) refuse('validation', 'The briefing\'s event does not exist');
  if (m.patch.scopeId !== eventId) refuse('validation', 'A briefing belongs to its event\'s scope (scopeId must be the event id)');
  requireScope(ctx, eventId, 'This briefing');
  checkStatus(m.patch.status);
  const highest = Math.max(0, ...ctx.set.briefingsOfEvent(eventId as string).map(versionOf));
  let data: Record<string, unknown> = {
    ...m.patch, version: highest + 1, issuedAt: null, issuedBy: null,
    createdAt: m.at, updatedAt: m.at, updatedBy: ctx.user.id, deletedAt: null,
  };
  if (data.status === 'published') data = publishStamps(ctx, data);
  data = parseRecord('briefing', data);
  const record: StoredRecord = {
    id: m.recordId, entity: 'briefing', scopeId: data.scopeId as string, priorScopes: [], data,
    baseHlc: m.hlc, fieldHlc: {}, hlc: m.hlc, deletedAt: null,
  };
  ctx.set.put(record);
  if (data.status === 'published') supersedeOthers(ctx, record, m.hlc, m.at);
  return { conflictIds: [] };
}

export function applyBriefing(ctx: ApplyContext, m: Mutation): Outcome {
  if (!canAuthorBriefings(ctx.user.role)) refuse('forbidden', 'Only briefing authors and admins write briefings');
  if (m.op === 'insert') return insert(ctx, m);
  const existing = existingFor(ctx, m);
  if (m.op === 'update') return update(ctx, m, existing);
  if (existing.data.status !== 'draft') refuse('briefing_immutable', 'Only drafts can be deleted');
  return applyDelete(ctx, m, existing);
}

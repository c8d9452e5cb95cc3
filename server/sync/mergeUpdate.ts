// The update path shared by customers, contacts, events and briefing drafts: per-field merge
// (shared/sync/merge.ts), revive-after-delete, scope moves, and the conflicts that come out of them.
import { randomUUID } from 'node:crypto';
import { maxHlc, mergePatch, sameValue } from '../../shared/sync/merge';
import { heldSide, laterIso, normalizeFields, parseRecord, pusherSide } from './applyContext';
import type { ApplyContext } from './applyContext';
import { fieldHlcOf } from './workingSet';
import type { ConflictState, StoredRecord } from './workingSet';

export type MergedUpdate = {
  record: StoredRecord;
  /** Whether the stored record changed (false when every field lost or already held the value). */
  changed: boolean;
  changedFields: string[];
  conflicts: ConflictState[];
};

type UpdateInput = {
  patch: Record<string, unknown>;
  base: Record<string, unknown>;
  hlc: string;
  at: string;
  /** Last changes to the merged data before the final validation (e.g. publishing a briefing). */
  finish?: (data: Record<string, unknown>, changedFields: string[]) => Record<string, unknown>;
};

/** Values of the patch as the schema normalizes them (trimmed text, canonical instants, defaults). */
function normalizePatch(existing: StoredRecord, patch: Record<string, unknown>): Record<string, unknown> {
  const parsed = normalizeFields(existing.entity, { ...existing.data, ...patch, deletedAt: null });
  return Object.fromEntries(Object.keys(patch).map((field) => [field, parsed[field]]));
}

export function mergeUpdate(ctx: ApplyContext, existing: StoredRecord, input: UpdateInput): MergedUpdate {
  const { hlc, at } = input;
  const patch = normalizePatch(existing, input.patch);
  const merge = mergePatch(existing.data, (field) => fieldHlcOf(existing, field), patch, input.base, hlc);
  const revived = existing.data.deletedAt !== null;
  let data: Record<string, unknown> = { ...merge.values, deletedAt: null };
  const changed = merge.changedFields.length > 0 || revived;
  if (changed) data = { ...data, updatedAt: laterIso(existing.data.updatedAt, at), updatedBy: ctx.user.id };
  if (input.finish) data = input.finish(data, merge.changedFields);
  data = parseRecord(existing.entity, data, 'Merged with newer changes, the record would be invalid: ');

  const fieldHlc = { ...existing.fieldHlc, ...merge.hlcs };
  if (revived) fieldHlc.deletedAt = maxHlc(fieldHlcOf(existing, 'deletedAt'), hlc);
  const scopeId = data.scopeId as string;
  const priorScopes = scopeId === existing.scopeId
    ? existing.priorScopes
    : [...new Set([...existing.priorScopes, existing.scopeId])].filter((s) => s !== scopeId);
  const record: StoredRecord = {
    ...existing,
    scopeId,
    priorScopes,
    data,
    fieldHlc,
    hlc: Object.values(fieldHlc).reduce(maxHlc, existing.hlc),
    deletedAt: null,
  };

  const nowIso = ctx.now.toISOString();
  const conflict = (fields: Pick<ConflictState, 'field' | 'kind' | 'winningValue' | 'losingValue' | 'winner' | 'loser'>): ConflictState => ({
    id: randomUUID(),
    entity: existing.entity,
    recordId: existing.id,
    scopeId,
    status: 'open',
    createdAt: nowIso,
    resolvedAt: null,
    resolvedBy: null,
    ...fields,
  });
  const conflicts = merge.conflicts.map((c) =>
    conflict({
      field: c.field,
      kind: 'field',
      winningValue: c.winningValue,
      losingValue: c.losingValue,
      winner: c.incomingWon ? pusherSide(ctx, hlc) : heldSide(c.winningHlc),
      loser: c.incomingWon ? heldSide(c.losingHlc) : pusherSide(ctx, hlc),
    }),
  );
  if (revived) {
    conflicts.push(
      conflict({
        field: 'deletedAt',
        kind: 'revived',
        winningValue: null,
        losingValue: existing.data.deletedAt,
        winner: pusherSide(ctx, hlc),
        loser: heldSide(fieldHlcOf(existing, 'deletedAt')),
      }),
    );
  }

  // A new value of a field settles its earlier conflicts: restored when it is the value that lost.
  const changedFields = new Set(merge.changedFields);
  ctx.set.closeConflicts(
    existing.id,
    (c) => (c.kind === 'field' && changedFields.has(c.field) ? (sameValue(data[c.field], c.losingValue) ? 'restored' : 'superseded') : null),
    ctx.user.id,
    nowIso,
  );
  if (changed) ctx.set.put(record);
  for (const c of conflicts) ctx.set.addConflict(c);
  return { record: changed ? record : existing, changed, changedFields: merge.changedFields, conflicts };
}

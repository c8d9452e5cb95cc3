// Per-field merge for customers, contacts, events and briefing drafts (DESIGN.md section 5). The last
// writer by hybrid logical clock wins a field; ties break by client id, which the HLC encoding already
// orders. An edit whose `base` is not the value the server holds was made concurrently with another
// edit: whichever value loses is reported so it can be kept as a visible, restorable conflict.
// Pure: the server applies it, and a client can use it to explain what happened.
import { compareHlc } from '../clock/hlc';

/** What the server holds for one field. */
export interface FieldVersion {
  value: unknown;
  /** HLC of the write that set it. */
  hlc: string;
}

/** One field of an incoming update. `hasBase` is false when the client sent no base for the field. */
export interface FieldEdit {
  value: unknown;
  hlc: string;
  hasBase: boolean;
  base?: unknown;
}

export type FieldMerge =
  /** The field already holds the incoming value. */
  | { outcome: 'unchanged' }
  /** The incoming value takes the field; `conflict` when it overwrote a concurrent edit (the old value lost). */
  | { outcome: 'applied'; conflict: boolean; hlc: string }
  /** A newer concurrent edit keeps the field; the incoming value lost (always a conflict). */
  | { outcome: 'kept' };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values; object key order does not matter, array order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

export const maxHlc = (a: string, b: string): string => (compareHlc(a, b) >= 0 ? a : b);

/**
 * Merges one incoming field edit into the server's version of the field.
 * - equal values: nothing to do;
 * - base equals the server's value: the client edited what the server holds, so its edit applies
 *   (a sequential edit, even when the client's clock is behind);
 * - otherwise the edit is concurrent with the one the server holds: the later HLC wins, and the loser
 *   (the server's old value, or the incoming value) is a conflict.
 */
export function mergeField(current: FieldVersion, edit: FieldEdit): FieldMerge {
  if (sameValue(current.value, edit.value)) return { outcome: 'unchanged' };
  if (edit.hasBase && sameValue(edit.base, current.value)) {
    return { outcome: 'applied', conflict: false, hlc: maxHlc(current.hlc, edit.hlc) };
  }
  if (compareHlc(edit.hlc, current.hlc) > 0) return { outcome: 'applied', conflict: true, hlc: edit.hlc };
  return { outcome: 'kept' };
}

export interface PatchConflict {
  field: string;
  winningValue: unknown;
  losingValue: unknown;
  /** True when the incoming edit won (the server's previous value lost). */
  incomingWon: boolean;
  /** HLC of the losing write. */
  losingHlc: string;
  winningHlc: string;
}

export interface PatchMerge {
  /** The record's fields after the merge (a new object; the input is not changed). */
  values: Record<string, unknown>;
  /** New per-field HLCs for the fields the merge changed. */
  hlcs: Record<string, string>;
  changedFields: string[];
  conflicts: PatchConflict[];
}

/**
 * Merges an update patch field by field. `hlcOf(field)` gives the HLC of the server's current value.
 * `base` holds the values the client saw; a field missing from it counts as an unknown base.
 */
export function mergePatch(
  values: Readonly<Record<string, unknown>>,
  hlcOf: (field: string) => string,
  patch: Readonly<Record<string, unknown>>,
  base: Readonly<Record<string, unknown>>,
  hlc: string,
): PatchMerge {
  const next: Record<string, unknown> = { ...values };
  const hlcs: Record<string, string> = {};
  const changedFields: string[] = [];
  const conflicts: PatchConflict[] = [];
  for (const [field, value] of Object.entries(patch)) {
    const current: FieldVersion = { value: values[field], hlc: hlcOf(field) };
    const merge = mergeField(current, { value, hlc, hasBase: Object.hasOwn(base, field), base: base[field] });
    if (merge.outcome === 'unchanged') continue;
    if (merge.outcome === 'applied') {
      next[field] = value;
      hlcs[field] = merge.hlc;
      changedFields.push(field);
      if (merge.conflict) {
        conflicts.push({ field, winningValue: value, losingValue: current.value, incomingWon: true, losingHlc: current.hlc, winningHlc: hlc });
      }
      continue;
    }
    conflicts.push({ field, winningValue: current.value, losingValue: value, incomingWon: false, losingHlc: hlc, winningHlc: current.hlc });
  }
  return { values: next, hlcs, changedFields, conflicts };
}

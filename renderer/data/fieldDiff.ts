// Per-field change detection for update mutations: the patch holds only the fields whose value
// changed, and the base the value the user saw before editing (conflict detection happens later,
// on the server, by comparing base with what it holds).

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export interface FieldDiff {
  patch: Record<string, unknown>;
  base: Record<string, unknown>;
  changed: boolean;
}

/**
 * `seen` are the values the user's form was loaded with (when the caller knows them); fields missing
 * from `seen` take the stored value as their base.
 */
export function diffFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[], seen: Partial<T> = {}): FieldDiff {
  const patch: Record<string, unknown> = {};
  const base: Record<string, unknown> = {};
  for (const field of fields) {
    if (same(before[field], after[field])) continue;
    patch[field] = after[field];
    base[field] = field in seen ? seen[field] : before[field];
  }
  return { patch, base, changed: Object.keys(patch).length > 0 };
}

/** Keeps only the editable fields of a patch (ignores ids, timestamps and unknown keys). */
export function pickFields<T extends object>(patch: T, fields: readonly string[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of fields) if (key in patch) (out as Record<string, unknown>)[key] = (patch as Record<string, unknown>)[key];
  return out;
}

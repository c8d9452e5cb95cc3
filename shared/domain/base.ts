// Building blocks every entity schema shares: ids, canonical ISO instants, human messages, and the base
// fields of a synced record. Instants are canonicalised to `toISOString()` form (UTC, milliseconds) so
// that string order is time order everywhere (IndexedDB indexes, the server, sync cursors).
import { z } from 'zod';

const requiredOr = (label: string, invalid: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null || issue.input === '' ? `${label} is required` : invalid;

/** `toISOString()` form; other valid ISO forms (offsets, fewer digits) are converted. */
export const canonicalIso = (value: string): string =>
  value.length === 24 && value.charCodeAt(23) === 90 /* Z */ ? value : new Date(value).toISOString();

/** A point in time as an ISO 8601 string, stored canonical. */
export const instant = (label: string) =>
  z.iso
    .datetime({ offset: true, error: requiredOr(label, `${label} must be a date and time`) })
    .transform(canonicalIso);

export const recordId = (label: string) => z.uuid({ error: requiredOr(label, `${label} is not a valid id`) });

/** Trimmed text that must not be empty. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });

/** Trimmed free text, empty allowed, missing becomes ''. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .default('');

export const choice = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: requiredOr(label, `Choose a valid ${label.toLowerCase()}`) });

export const wholeNumber = (label: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: requiredOr(label, `${label} must be a number`) })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });

/** Fields every synced record carries. `scopeId` is the region or event the record belongs to. */
export const syncedBaseShape = {
  id: recordId('Id'),
  scopeId: requiredText('Scope', 100),
  createdAt: instant('Created at'),
  updatedAt: instant('Updated at'),
  updatedBy: requiredText('Updated by', 100),
  deletedAt: instant('Deleted at').nullable(),
};
export const syncedBaseSchema = z.object(syncedBaseShape);
export type SyncedBase = z.output<typeof syncedBaseSchema>;
export const syncedBaseKeys = Object.keys(syncedBaseShape) as (keyof SyncedBase)[];

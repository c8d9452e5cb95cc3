// Refused commands and failed schema checks come back as `{ path, message }` issues. Every form turns
// them into what it shows through here: each message next to the field that renders its path, the
// rest (whole-command refusals, paths no field shows) in one place, so all forms behave the same.
import type { FieldIssue } from '../../shared/domain/fieldIssues';

export interface FormErrors<F extends string> {
  /** The first message per field; for Mantine `setErrors`, e.g. `{ 'phones.0.number': '…' }`. */
  fields: Partial<Record<F, string>>;
  /** Messages no field shows, in order; a refusal without issues (a failed write) gives `fallback`. */
  general: string[];
}

/**
 * `fieldOf` names the field that shows an issue's path, or undefined when none does; by default every
 * path is its own field (Mantine form paths). Path '' is the whole command and always general.
 */
export function issuesToFormErrors<F extends string = string>(
  issues: readonly FieldIssue[],
  fallback = '',
  fieldOf: (path: string) => F | undefined = (path) => path as F,
): FormErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const { path, message } of issues) {
    const field = path === '' ? undefined : fieldOf(path);
    if (field === undefined) general.push(message);
    else fields[field] ??= message;
  }
  if (issues.length === 0 && fallback !== '') general.push(fallback);
  return { fields, general };
}

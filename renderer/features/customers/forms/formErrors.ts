// Turning validation results into what a form shows: Mantine field errors keyed by path, plus the
// messages no field can show (a whole-command refusal such as "This customer was deleted").
import type { FieldIssue } from '../../../../shared/domain/fieldIssues';

export interface FormProblems {
  /** Mantine `setErrors` input: `{ 'phones.0.number': 'Phone number needs at least 7 digits' }`. */
  fieldErrors: Record<string, string>;
  /** Messages for the summary only. */
  general: string[];
}

/**
 * Splits command issues into field errors and general messages. `fieldPaths` says which paths a form
 * renders (prefix match, so 'phones' covers 'phones.0.number'); `aliases` moves an issue to the field
 * that controls it ('assignedLiaisonName' is set by the liaison picker).
 */
export function sortIssues(issues: readonly FieldIssue[], isFieldPath: (path: string) => boolean, aliases: Record<string, string> = {}): FormProblems {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const path = aliases[issue.path] ?? issue.path;
    if (path !== '' && isFieldPath(path)) fieldErrors[path] ??= issue.message;
    else general.push(issue.message);
  }
  return { fieldErrors, general };
}

/** After a failed submit, puts focus on the first field that says what is wrong. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const target = container?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? container?.querySelector<HTMLElement>('[data-error-summary]');
    target?.focus();
  });
}

/** Error messages in display order (Mantine keeps them in an object keyed by path). */
export const errorMessages = (errors: Record<string, unknown>): string[] =>
  [...new Set(Object.values(errors).filter((e): e is string => typeof e === 'string' && e !== ''))];

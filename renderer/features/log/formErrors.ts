import type { FieldIssue } from '../../../shared/domain/fieldIssues';

/** A refused command's issues as Mantine form errors by path; a whole-command message goes to `form`. */
export function issuesToFormErrors(issues: readonly FieldIssue[], fallback: string): Record<string, string> {
  if (issues.length === 0) return { form: fallback };
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path || 'form'] ??= issue.message;
  return errors;
}

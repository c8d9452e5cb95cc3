// Forms show validation problems next to their fields: this flattens zod issues into
// `{ path: 'phones.0.number', message }` pairs ('' is the whole form).
import type { z } from 'zod';

export interface FieldIssue {
  path: string;
  message: string;
}

export function toFieldIssues(error: z.ZodError | readonly z.core.$ZodIssue[]): FieldIssue[] {
  const issues = 'issues' in error ? error.issues : error;
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: issue.message });
  }
  return out;
}

/** One readable sentence per problem, for a banner or a `Result` error. */
export const describeIssues = (issues: readonly FieldIssue[]): string => issues.map((i) => i.message).join('. ');

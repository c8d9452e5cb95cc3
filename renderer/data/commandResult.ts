// Commands return the shared `Result` shape; a refusal also lists field problems for forms. Throwing
// a `Refusal` inside a command's transaction aborts it, so nothing is half-written.
import type { z } from 'zod';
import { describeIssues, toFieldIssues } from '../../shared/domain/fieldIssues';
import type { FieldIssue } from '../../shared/domain/fieldIssues';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: string; issues: FieldIssue[] };

export class Refusal extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(describeIssues(issues));
    this.name = 'Refusal';
  }
}

/** A refusal about one field ('' = the whole command). */
export const refusal = (message: string, path = ''): Refusal => new Refusal([{ path, message }]);

export const refused = <T>(issues: FieldIssue[]): CommandResult<T> => ({ ok: false, error: describeIssues(issues), issues });

/** Parses with a schema or throws a Refusal carrying the field messages. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Refusal(toFieldIssues(parsed.error));
  return parsed.data;
}

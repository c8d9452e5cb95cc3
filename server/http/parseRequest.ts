// The one place request input is checked: every route passes its body/query/params through the shared
// zod schemas here, so a refused request always gets the same 400 shape, with every issue and its location.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiIssue, RequestPart } from '../../shared/api/error';
import { HttpError } from './httpError';

export type RequestSchemas = Partial<Record<RequestPart, z.ZodType>>;

export type ParsedRequest<S extends RequestSchemas> = {
  [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never;
};

const PARTS: readonly RequestPart[] = ['params', 'query', 'body'];

/**
 * Validates the parts of a request that have a schema and returns their parsed values.
 * Throws an HttpError 400 `invalid_request` listing every issue when any part is refused.
 * Use `z.strictObject` schemas from shared/api so unknown keys are refused.
 */
export function parseRequest<S extends RequestSchemas>(request: FastifyRequest, schemas: S): ParsedRequest<S> {
  const parsed: Partial<Record<RequestPart, unknown>> = {};
  const issues: ApiIssue[] = [];
  for (const part of PARTS) {
    const schema = schemas[part];
    if (schema === undefined) continue;
    const result = schema.safeParse(request[part]);
    if (result.success) {
      parsed[part] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      issues.push({
        location: part,
        path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
        code: issue.code,
        message: issue.message,
      });
    }
  }
  if (issues.length > 0) {
    const where = [...new Set(issues.map((issue) => issue.location))].join(', ');
    const first = issues[0]!;
    const firstPath = [first.location, ...first.path].join('.');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new HttpError(400, 'invalid_request', `Invalid request ${where}: ${firstPath}: ${first.message}${more}`, issues);
  }
  return parsed as ParsedRequest<S>;
}

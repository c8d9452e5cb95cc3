import { z } from 'zod';

/** Where a refused value was found in a request. */
export const requestPartSchema = z.enum(['body', 'query', 'params']);

/** One reason a request was refused, pointing at the offending value. */
export const apiIssueSchema = z.strictObject({
  location: requestPartSchema,
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});

/** The body of every non-2xx API response. `code` is stable and machine-readable; `message` is for people. */
export const apiErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    issues: z.array(apiIssueSchema).optional(),
  }),
});

export type RequestPart = z.infer<typeof requestPartSchema>;
export type ApiIssue = z.infer<typeof apiIssueSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;

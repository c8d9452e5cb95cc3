import type { ApiIssue } from '../../shared/api/error';

/** An error a route throws on purpose; the error handler sends it as `{ error: { code, message, issues } }`. */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
  }
}

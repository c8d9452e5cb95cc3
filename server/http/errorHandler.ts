// Every failure leaves the server as `{ error: { code, message, issues? } }` (shared/api/error.ts).
// Client mistakes keep their status and get a stable code; anything else is a 500 whose details stay in
// the log and never reach the client.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../shared/api/error';
import { HttpError } from './httpError';

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
};

const toApiError = (error: FastifyError | HttpError): { status: number; body: ApiError } => {
  if (error instanceof HttpError) {
    const issues = error.issues === undefined ? {} : { issues: error.issues };
    return { status: error.statusCode, body: { error: { code: error.code, message: error.message, ...issues } } };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = FASTIFY_CODES[error.code] ?? (error instanceof SyntaxError ? 'malformed_body' : 'bad_request');
    return { status, body: { error: { code, message: error.message } } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: 'Internal server error' } } };
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | HttpError>((error, request, reply) => {
    const { status, body } = toApiError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.error.code, status }, 'request refused');
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
}

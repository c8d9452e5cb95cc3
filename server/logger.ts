// Structured logs that never carry a secret: credentials in headers, bodies or query strings are
// censored here, once, whatever a route later decides to log.
import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { FastifyRequest } from 'fastify';
import type { LogLevel } from './config';

const CENSOR = '[redacted]';
const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'token', 'accessToken', 'refreshToken', 'sessionToken', 'secret', 'apiKey'];
const SECRET_HEADERS = ['authorization', 'cookie', '"set-cookie"', '"x-api-key"', '"proxy-authorization"'];
const SECRET_QUERY_KEY = /pass|token|secret|key|auth|session|cookie/i;

const redactPaths = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  ...SECRET_HEADERS.flatMap((header) => [`headers.${header}`, `*.headers.${header}`]),
];

/** The request URL with the values of credential-like query parameters censored. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const params = new URLSearchParams(url.slice(queryStart + 1));
  for (const key of new Set(params.keys())) {
    if (SECRET_QUERY_KEY.test(key)) params.set(key, CENSOR);
  }
  return `${url.slice(0, queryStart)}?${params.toString()}`;
}

const serializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  }),
};

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: redactPaths, censor: CENSOR }, serializers };
  return destination === undefined ? pino(options) : pino(options, destination);
}

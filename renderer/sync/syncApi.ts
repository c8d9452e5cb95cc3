// The sync and auth endpoints as typed calls (shapes from shared/api). Every answer is parsed with the
// shared schemas; every failure becomes a SyncApiError whose `kind` says what the caller should do:
// wait and retry (network, server), sign in again (auth), re-snapshot (cursor_reset), or show it.
import type { z } from 'zod';
import { meResponseSchema, signInResponseSchema, signOutResponseSchema } from '../../shared/api/auth';
import type { MeResponse, SignInRequest, SignInResponse } from '../../shared/api/auth';
import { apiErrorSchema } from '../../shared/api/error';
import { dismissConflictResponseSchema, pullResponseSchema, pushResponseSchema } from '../../shared/api/sync';
import type { PullResponse, PushResponse, SyncConflict } from '../../shared/api/sync';

export type FailureKind =
  /** No answer: offline, server down, connection dropped, timeout. Retry later. */
  | 'network'
  /** 401: the session is gone (expired, revoked, invalid) or the account disabled. Sign in again. */
  | 'auth'
  /** 409 cursor_reset: pull again from the empty cursor. */
  | 'cursor_reset'
  /** 403 client_owned_by_other_user: make a new client id. */
  | 'client_owned'
  /** 5xx or 429: the server could not do it now. Retry later. */
  | 'server'
  /** Any other refusal of the whole request, or an answer that breaks the contract. */
  | 'refused';

export class SyncApiError extends Error {
  override name = 'SyncApiError';
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly code: string | null = null,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface SyncTransport {
  /** Base URL of the server, read for every request (it may move, e.g. after a restart). */
  baseUrl: () => string;
  fetch: FetchLike;
  token: () => string | null;
  /** Sees every response (the engine reads the Date header for clock skew). */
  onResponse?: (response: Response) => void;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

async function failureOf(response: Response): Promise<SyncApiError> {
  const body = apiErrorSchema.safeParse(await response.json().catch(() => null));
  const code = body.success ? body.data.error.code : null;
  const message = body.success ? body.data.error.message : `The server answered ${response.status}`;
  if (response.status === 401) return new SyncApiError('auth', message, code, 401);
  if (response.status === 409 && code === 'cursor_reset') return new SyncApiError('cursor_reset', message, code, 409);
  if (response.status === 403 && code === 'client_owned_by_other_user') return new SyncApiError('client_owned', message, code, 403);
  if (response.status >= 500 || response.status === 429) return new SyncApiError('server', message, code, response.status);
  return new SyncApiError('refused', message, code, response.status);
}

/** One JSON request; the answer is parsed with `schema`. */
export async function requestJson<T>(
  transport: Omit<SyncTransport, 'token'> & { token?: () => string | null },
  method: 'GET' | 'POST',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const token = transport.token?.() ?? null;
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const timeout = AbortSignal.timeout(transport.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await transport.fetch(new URL(path, transport.baseUrl()).href, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      cache: 'no-store',
    });
  } catch (error) {
    throw new SyncApiError('network', error instanceof Error && error.name === 'TimeoutError' ? 'The server did not answer in time' : 'The server cannot be reached');
  }
  transport.onResponse?.(response);
  if (!response.ok) throw await failureOf(response);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new SyncApiError('network', 'The connection dropped while the server was answering');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SyncApiError('refused', `The server sent an answer this app does not understand (${path})`);
  return parsed.data;
}

export interface SyncApi {
  push(clientId: string, mutations: readonly unknown[], signal?: AbortSignal): Promise<PushResponse>;
  pull(cursor: string | null, limit: number, signal?: AbortSignal): Promise<PullResponse>;
  dismissConflict(conflictId: string): Promise<SyncConflict>;
  me(signal?: AbortSignal): Promise<MeResponse>;
  signOut(): Promise<void>;
}

export function createSyncApi(transport: SyncTransport): SyncApi {
  return {
    push: (clientId, mutations, signal) => requestJson(transport, 'POST', '/api/sync/push', pushResponseSchema, { clientId, mutations }, signal),
    pull: (cursor, limit, signal) => {
      const query = new URLSearchParams({ cursor: cursor ?? '', limit: String(limit) });
      return requestJson(transport, 'GET', `/api/sync/pull?${query}`, pullResponseSchema, undefined, signal);
    },
    dismissConflict: async (conflictId) =>
      (await requestJson(transport, 'POST', `/api/sync/conflicts/${encodeURIComponent(conflictId)}/dismiss`, dismissConflictResponseSchema, {})).conflict,
    me: (signal) => requestJson(transport, 'GET', '/api/auth/me', meResponseSchema, undefined, signal),
    signOut: async () => {
      await requestJson(transport, 'POST', '/api/auth/sign-out', signOutResponseSchema, {});
    },
  };
}

type PublicTransport = Pick<SyncTransport, 'baseUrl' | 'fetch' | 'timeoutMs'>;

export const signIn = (transport: PublicTransport, request: SignInRequest): Promise<SignInResponse> =>
  requestJson(transport, 'POST', '/api/auth/sign-in', signInResponseSchema, request);

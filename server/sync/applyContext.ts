// What every sync rule needs: who pushes (never taken from the mutation), their writable scopes, the
// server clock and the working set; plus the refusal type the rules throw and shared checks.
import { z } from 'zod';
import type { Scope } from '../../shared/api/auth';
import type { RefusalCode } from '../../shared/api/sync';
import { decodeHlc } from '../../shared/clock/hlc';
import { briefingContentShape } from '../../shared/domain/briefing';
import { contactFields } from '../../shared/domain/contact';
import { customerFields } from '../../shared/domain/customer';
import { entitySchemas } from '../../shared/domain/entities';
import type { EntityName } from '../../shared/domain/entities';
import { eventFieldsShape } from '../../shared/domain/event';
import { describeIssues, toFieldIssues } from '../../shared/domain/fieldIssues';
import type { AuthContext } from '../auth/authContext';
import type { ConflictState, WorkingSet } from './workingSet';

export type ApplyContext = {
  user: AuthContext['user'];
  /** The user's scopes; events created in this batch join it when their region is the user's. */
  scopes: Map<string, Scope>;
  clientId: string;
  now: Date;
  set: WorkingSet;
};

/** Thrown by a rule to refuse the mutation it is applying; nothing it computed is kept. */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export const refuse = (code: RefusalCode, reason: string): never => {
  throw new Refusal(code, reason);
};

/** Fields an update may set, per entity (besides the base fields, which the server stamps). */
export const updatableFields: Record<EntityName, ReadonlySet<string>> = {
  customer: new Set([...customerFields, 'scopeId']),
  contact: new Set([...contactFields, 'scopeId']),
  event: new Set(Object.keys(eventFieldsShape)),
  briefing: new Set([...Object.keys(briefingContentShape), 'status']),
  briefingAck: new Set(),
  logEntry: new Set(),
};

const keysOf = (entity: EntityName): ReadonlySet<string> => new Set(Object.keys(entitySchemas[entity].shape));
const recordKeys: Record<EntityName, ReadonlySet<string>> = {
  customer: keysOf('customer'),
  contact: keysOf('contact'),
  event: keysOf('event'),
  briefing: keysOf('briefing'),
  briefingAck: keysOf('briefingAck'),
  logEntry: keysOf('logEntry'),
};

export function requireScope(ctx: ApplyContext, scopeId: unknown, what: string): void {
  if (typeof scopeId !== 'string' || !ctx.scopes.has(scopeId)) {
    refuse('out_of_scope', `${what} is in scope ${String(scopeId)}, which is not one of your scopes`);
  }
}

/** Validates a whole record with its entity schema and returns the normalized record. */
export function parseRecord(entity: EntityName, candidate: Record<string, unknown>, context = ''): Record<string, unknown> {
  const unknownKeys = Object.keys(candidate).filter((key) => !recordKeys[entity].has(key));
  if (unknownKeys.length > 0) refuse('validation', `Unknown ${entity} field${unknownKeys.length > 1 ? 's' : ''}: ${unknownKeys.join(', ')}`);
  const parsed = entitySchemas[entity].safeParse(candidate);
  if (!parsed.success) refuse('validation', `${context}${describeIssues(toFieldIssues(parsed.error))}`);
  return parsed.data as Record<string, unknown>;
}

const fieldSchemas: Record<EntityName, z.ZodType> = {
  customer: z.object(entitySchemas.customer.shape),
  contact: z.object(entitySchemas.contact.shape),
  event: z.object(entitySchemas.event.shape),
  briefing: z.object(entitySchemas.briefing.shape),
  briefingAck: z.object(entitySchemas.briefingAck.shape),
  logEntry: z.object(entitySchemas.logEntry.shape),
};

/** Normalizes field values (trim, canonical instants, defaults) without the record-level rules. */
export function normalizeFields(entity: EntityName, candidate: Record<string, unknown>): Record<string, unknown> {
  const parsed = fieldSchemas[entity].safeParse(candidate);
  if (!parsed.success) refuse('validation', describeIssues(toFieldIssues(parsed.error)));
  return parsed.data as Record<string, unknown>;
}

export const hlcTime = (hlc: string): string => new Date(decodeHlc(hlc).ms).toISOString();

/** The side of a conflict written by the pushing user. */
export const pusherSide = (ctx: ApplyContext, hlc: string): ConflictState['winner'] => ({
  userId: ctx.user.id,
  userName: ctx.user.name,
  hlc,
  at: hlcTime(hlc),
});

/** The side of a conflict the server held; its author is looked up from the HLC's client id before writing. */
export const heldSide = (hlc: string): ConflictState['winner'] => ({ userId: null, userName: null, hlc, at: hlcTime(hlc) });

export const laterIso = (a: unknown, b: string): string => (typeof a === 'string' && a > b ? a : b);

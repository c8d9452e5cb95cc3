// Builders for sync tests: a fake client that numbers its mutations and stamps them with a hybrid
// logical clock (like the renderer's outbox), records with sensible defaults and overrides, and push /
// pull helpers that check every response against the shared schemas.
import { v7 as uuidv7 } from 'uuid';
import { pullResponseSchema, pushResponseSchema } from '../../shared/api/sync';
import type { PullResponse, PushResponse } from '../../shared/api/sync';
import { decodeHlc, encodeHlc, hlcNow, hlcReceive, hlcZero } from '../../shared/clock/hlc';
import type { Hlc } from '../../shared/clock/hlc';
import type { EntityName } from '../../shared/domain/entities';
import type { Mutation, MutationOp } from '../../shared/sync/mutation';
import type { TestServer } from './syncServer';

type Json = Record<string, unknown>;
type TestRecord = Json & { id: string };
export type WireMutation = Omit<Mutation, 'at'> & { at: string };

const iso = (ms: number) => new Date(ms).toISOString();

/** A device: its client id, next seq and clock. `skewMs` puts its wall clock ahead (or behind). */
export class TestClient {
  seq = 0;
  clock: Hlc;
  constructor(
    readonly clientId: string = uuidv7(),
    public skewMs = 0,
  ) {
    this.clock = hlcZero(clientId);
  }

  wallMs(): number {
    return Date.now() + this.skewMs;
  }

  mutation(entity: EntityName, recordId: string, op: MutationOp, patch: Json, base: Json = {}): WireMutation {
    const wall = this.wallMs();
    this.clock = hlcNow(this.clock, wall);
    this.seq += 1;
    return { clientId: this.clientId, seq: this.seq, mutationId: uuidv7(), entity, recordId, op, patch, base, hlc: encodeHlc(this.clock), at: iso(wall) };
  }

  insert(entity: EntityName, record: TestRecord): WireMutation {
    return this.mutation(entity, record.id, 'insert', record);
  }

  update(entity: EntityName, id: string, patch: Json, base: Json): WireMutation {
    return this.mutation(entity, id, 'update', patch, base);
  }

  remove(entity: EntityName, id: string): WireMutation {
    return this.mutation(entity, id, 'delete', { deletedAt: iso(this.wallMs()) }, { deletedAt: null });
  }

  /** What a client does with the HLC of pulled records, so its next edits order after them. */
  receive(hlc: string): void {
    this.clock = hlcReceive(this.clock, decodeHlc(hlc), this.wallMs());
  }
}

const base = (scopeId: string): TestRecord => {
  const now = iso(Date.now());
  return { id: uuidv7(), scopeId, createdAt: now, updatedAt: now, updatedBy: 'client-says', deletedAt: null };
};

export const customerRecord = (scopeId: string, overrides: Json = {}) =>
  ({ ...base(scopeId), name: 'Mercy Hospital', accountNumber: '1000-000-0001', tier: 'life_safety', facilityType: 'hospital', notes: '', ...overrides }) as TestRecord;

export const contactRecord = (customer: Json, overrides: Json = {}) =>
  ({
    ...base(customer.scopeId as string), customerId: customer.id, name: 'Ana Ruiz', role: 'Facilities Director',
    phones: [{ label: '24/7 desk', number: '(555) 555-0101', available24x7: true }], emails: [], preferredChannel: 'phone', escalationOrder: 1, ...overrides,
  }) as TestRecord;

export const eventRecord = (regionId: string, overrides: Json = {}) =>
  ({ ...base(regionId), name: 'Winter Storm Test', kind: 'storm', status: 'active', startedAt: iso(Date.now() - 3_600_000), ...overrides }) as TestRecord;

export const briefingRecord = (eventId: string, overrides: Json = {}) =>
  ({
    ...base(eventId), eventId, version: 1, status: 'draft', issuedAt: null, issuedBy: null, asOf: iso(Date.now()),
    customersAffected: 1000, customersRestored: 100, talkingPoints: ['Crews are out.'], ...overrides,
  }) as TestRecord;

export const logEntryRecord = (scopeId: string, eventId: string | null, overrides: Json = {}) =>
  ({
    ...base(scopeId), eventId, operationalPeriod: null, authorId: 'client-says', authorName: 'Client Says',
    occurredAt: iso(Date.now() - 60_000), recordedAt: iso(Date.now()), channel: 'phone', direction: 'outbound',
    category: 'status_update', summary: 'Called the plant', ...overrides,
  }) as TestRecord;

export const ackRecord = (briefing: Json, overrides: Json = {}) =>
  ({
    ...base(briefing.scopeId as string), briefingId: briefing.id, eventId: briefing.eventId, version: 1,
    userId: 'client-says', userName: 'Client Says', at: iso(Date.now()), ...overrides,
  }) as TestRecord;

export async function push(server: TestServer, token: string, client: TestClient, mutations: WireMutation[]): Promise<PushResponse> {
  const reply = await server.call('POST', '/api/sync/push', { token, body: { clientId: client.clientId, mutations } });
  if (reply.status !== 200) throw new Error(`push failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return pushResponseSchema.parse(reply.body);
}

export async function pullPage(server: TestServer, token: string, cursor?: string, limit?: number): Promise<PullResponse> {
  const params = new URLSearchParams();
  if (cursor !== undefined) params.set('cursor', cursor);
  if (limit !== undefined) params.set('limit', String(limit));
  const reply = await server.call('GET', `/api/sync/pull?${params}`, { token });
  if (reply.status !== 200) throw new Error(`pull failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return pullResponseSchema.parse(reply.body);
}

/** Pulls every page; returns the latest state per record id, all conflicts by id, and the final cursor. */
export async function pullAll(server: TestServer, token: string, cursor?: string, limit = 1000) {
  const records = new Map<string, Json>();
  const hlcs = new Map<string, string>();
  const conflicts = new Map<string, PullResponse['conflicts'][number]>();
  let pages = 0;
  let next = cursor;
  for (;;) {
    const page = await pullPage(server, token, next, limit);
    pages += 1;
    for (const change of page.changes) {
      if ('record' in change) {
        records.set(change.record.id as string, change.record);
        hlcs.set(change.record.id as string, change.hlc);
      } else records.delete(change.id);
    }
    for (const conflict of page.conflicts) conflicts.set(conflict.id, conflict);
    next = page.cursor;
    if (!page.hasMore) return { records, hlcs, conflicts, cursor: next, pages };
  }
}

// The randomized fault-injection run: clients with running sync engines make changes while their network
// drops requests, loses answers, sends requests twice and replays old ones later, goes offline, while
// the server restarts and device clocks drift (within what the server accepts). Then everything heals and the run checks that no write
// the server acknowledged was lost and that each was applied exactly once. Decisions come from seeded
// generators (the timing of concurrent work still varies between runs).
import { createContact, deleteContact, updateContact } from '../../renderer/data/contacts/commands';
import { contactById } from '../../renderer/data/contacts/queries';
import { createCustomer } from '../../renderer/data/customers/commands';
import { appendLogEntry } from '../../renderer/data/log/commands';
import { outboxSummary, refusedMutations } from '../../renderer/data/outbox/queries';
import { restoreLosingValue } from '../../renderer/data/sync/conflictActions';
import { conflictsTable } from '../../renderer/data/sync/tables';
import { contactInput, customerInput, logInput } from '../../renderer/data/testing/builders';
import { createRandom } from '../../shared/demo/random';
import type { Random } from '../../shared/demo/random';
import { sameValue } from '../../shared/sync/merge';
import { serverState } from './syncClient';
import type { SyncServer, SyncTestClient } from './syncClient';

export interface ChaosOptions {
  seed: number;
  server: SyncServer;
  clients: readonly SyncTestClient[];
  durationMs: number;
}

export interface ChaosResult {
  counts: Record<string, number>;
  /** What the server holds at the end (the server is left stopped after its audit log was read). */
  truth: Awaited<ReturnType<typeof serverState>>;
  /** Acknowledged writes the final state does not account for. */
  lost: string[];
  unexpectedRefusals: string[];
}

type Wire = { clientId: string; seq: number; mutationId: string; entity: string; recordId: string; op: string; patch: Record<string, unknown>; hlc: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FIELDS = ['role', 'notes', 'name'] as const;
const SHARED_VALUES = ['On call', 'Off site'];

function installFaults(client: SyncTestClient, server: SyncServer, rng: Random, counts: Record<string, number>, state: { active: boolean; replays: Promise<unknown>[] }) {
  const fail = (what: string) => {
    counts[what] = (counts[what] ?? 0) + 1;
    return new TypeError(`fetch failed (injected: ${what})`);
  };
  client.network.hook = async (request, deliver) => {
    const push = request.url.includes('/api/sync/push');
    if (!state.active || (!push && !request.url.includes('/api/sync/pull'))) return deliver();
    const r = rng.next();
    if (r < 0.1) throw fail('dropped');
    if (r < 0.2) {
      await deliver().then((res) => res.arrayBuffer()).catch(() => {});
      throw fail('answersLost');
    }
    if (push && r < 0.3) {
      counts.duplicated = (counts.duplicated ?? 0) + 1;
      const [first] = await Promise.all([deliver(), deliver().catch(() => null)]);
      return first;
    }
    if (push && r < 0.4) {
      counts.replayed = (counts.replayed ?? 0) + 1;
      const path = new URL(request.url).pathname;
      const later = sleep(rng.int(50, 800)).then(() => (server.isRunning ? fetch(server.url + path, { ...request.init, signal: null }) : null)).catch(() => null);
      state.replays.push(later);
    }
    await sleep(rng.int(0, 30));
    return deliver();
  };
}

async function pickContact(client: SyncTestClient, ids: readonly string[], rng: Random) {
  const contact = await contactById(client.db, rng.pick(ids));
  return contact && contact.deletedAt === null ? contact : null;
}

/** Heals everything and syncs until every outbox is empty; any refused change is unexpected here. */
async function settle(options: ChaosOptions, unexpected: string[]) {
  const { server, clients } = options;
  await server.start();
  for (const c of clients) {
    c.skewMs = 0;
    c.network.connectivity.set(true);
  }
  for (let round = 0; round < 20; round++) {
    let busy = false;
    for (const c of clients) {
      const result = await c.engine.syncNow();
      if (!result.ok || (await outboxSummary(c.db)).pending > 0) busy = true;
    }
    if (!busy) break;
  }
  for (const c of clients) {
    await c.sync();
    for (const row of await refusedMutations(c.db)) unexpected.push(`${c.name} seq ${row.seq}: ${row.refusedReason}`);
  }
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const { server, clients, seed } = options;
  const rng = createRandom(seed);
  const counts: Record<string, number> = {};
  const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);
  const owner = clients[0]!;
  const customers: string[] = [];
  const contacts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const customer = await createCustomer(owner.db, customerInput({ name: `Chaos Customer ${i}` }));
    if (!customer.ok) throw new Error(customer.error);
    customers.push(customer.value.id);
    for (let j = 0; j < 2; j++) {
      const contact = await createContact(owner.db, contactInput(customer.value.id, { name: `Contact ${i}.${j}`, notes: '' }));
      if (contact.ok) contacts.push(contact.value.id);
    }
  }
  await owner.sync();
  for (const c of clients) await c.sync();

  const state = { active: true, replays: [] as Promise<unknown>[] };
  clients.forEach((c, i) => installFaults(c, server, createRandom(seed + 100 + i), counts, state));
  const deadline = Date.now() + options.durationMs;
  let serial = 0;
  /** Each device makes changes on its own, concurrently with the others. */
  const work = async (c: SyncTestClient, r: Random) => {
    while (Date.now() < deadline) {
      const roll = r.next();
      count('operations');
      if (roll < 0.4) {
        const entry = await appendLogEntry(c.db, logInput({ customerId: r.pick(customers), summary: `${c.name} call ${serial++}` }));
        if (entry.ok) count('logEntries');
      } else if (roll < 0.8) {
        const contact = await pickContact(c, contacts, r);
        const field = r.pick(FIELDS);
        const value = r.chance(0.2) && field !== 'name' ? r.pick(SHARED_VALUES) : `${c.name} ${field} ${serial++}`;
        if (contact && (await updateContact(c.db, contact.id, { [field]: value })).ok) count('edits');
      } else if (roll < 0.87) {
        const created = await createContact(c.db, contactInput(r.pick(customers), { name: `New contact ${serial++}` }));
        if (created.ok) {
          contacts.push(created.value.id);
          count('creates');
        }
      } else if (roll < 0.91) {
        const contact = await pickContact(c, contacts, r);
        if (contact && (await deleteContact(c.db, contact.id)).ok) count('deletes');
      } else {
        const open = await conflictsTable(c.db).where('status').equals('open').toArray();
        if (open.length > 0 && (await restoreLosingValue(c.db, r.pick(open).id)).ok) count('restores');
      }
      await sleep(r.int(5, 60));
    }
  };
  /** Meanwhile devices drop off the network, the server restarts and clocks drift. */
  const trouble = async (r: Random) => {
    let restarts = 0;
    while (Date.now() < deadline) {
      await sleep(r.int(200, 1200));
      const c = r.pick(clients);
      const roll = r.next();
      if (roll < 0.5) {
        count('disconnects');
        c.network.connectivity.set(false);
        void sleep(r.int(200, 2000)).then(() => c.network.connectivity.set(true));
      } else if (roll < 0.65 && restarts < 3) {
        restarts += 1;
        count('serverRestarts');
        await server.restart();
      } else {
        // Skewed within what the server accepts: clocks more than 5 minutes ahead are covered on their own.
        c.skewMs = r.pick([4 * 60_000, -3 * 60_000, 0]);
        if (c.skewMs !== 0) count('clockSkews');
      }
    }
  };
  await Promise.all([...clients.map((c, i) => work(c, createRandom(seed + 1 + i))), trouble(rng)]);
  state.active = false;
  await Promise.all(state.replays);
  const unexpectedRefusals: string[] = [];
  await settle(options, unexpectedRefusals);
  const { lost, truth } = await findLost(options, counts);
  return { counts, truth, lost, unexpectedRefusals };
}

/** Every acknowledged mutation must show in the final state, and the server must have applied it once. */
async function findLost({ server, clients }: ChaosOptions, counts: Record<string, number>) {
  const acked = new Map<string, Wire>();
  for (const c of clients) {
    for (const push of c.network.pushes) {
      for (const result of push.results) {
        const sent = push.sent.find((m) => m.seq === result.seq) as Wire | undefined;
        if (sent && (result.status === 'applied' || result.status === 'duplicate')) acked.set(`${sent.clientId}:${sent.seq}`, sent);
      }
    }
  }
  counts.acknowledged = acked.size;
  const truth = await serverState(server.url, clients[0]!.token);
  counts.conflicts = truth.conflicts.size;
  const conflicts = [...truth.conflicts.values()] as { recordId: string; field: string; losingValue: unknown; winningValue: unknown }[];
  const record = (id: string) => (truth.records.get(id) as { record: Record<string, unknown> } | undefined)?.record;
  /** A later write (by hybrid logical clock) replaced the value: a later edit of the field, or an edit reviving a delete. */
  const laterWrite = (m: Wire, field: string) =>
    [...acked.values()].some((o) => o.recordId === m.recordId && o.hlc > m.hlc && o.op === 'update' && (m.op === 'delete' || field in o.patch));
  const lost: string[] = [];
  for (const [key, m] of acked) {
    const current = record(m.recordId);
    if (!current) {
      lost.push(`${key} ${m.op} ${m.entity} ${m.recordId}: record missing`);
      continue;
    }
    if (m.op === 'insert') continue;
    const fields = m.op === 'delete' ? ['deletedAt'] : Object.keys(m.patch);
    for (const field of fields) {
      const kept = m.op === 'delete' ? current.deletedAt !== null : sameValue(current[field], m.patch[field]);
      const inConflict = conflicts.some((c) => c.recordId === m.recordId && c.field === field && (sameValue(c.losingValue, m.patch[field]) || sameValue(c.winningValue, m.patch[field]) || m.op === 'delete'));
      if (!kept && !inConflict && !laterWrite(m, field)) lost.push(`${key} ${m.op} ${m.entity}.${field} = ${JSON.stringify(m.patch[field])}`);
    }
  }
  await server.stop();
  const audit = await server.inspect((storage) => storage.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['sync.insert', 'sync.update', 'sync.delete']).execute());
  const applied = new Map<string, number>();
  for (const row of audit) {
    const details = (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as { clientId: string; seq: number };
    const key = `${details.clientId}:${details.seq}`;
    applied.set(key, (applied.get(key) ?? 0) + 1);
  }
  for (const key of acked.keys()) if (applied.get(key) !== 1) lost.push(`${key}: applied ${applied.get(key) ?? 0} times on the server`);
  return { lost, truth };
}

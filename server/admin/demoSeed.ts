// First start with DEMO_DATA on: a demo organization (the accounts of shared/demo/demoAccounts.ts, one
// per role, sharing one documented password), its region and events as scopes, and the demo data set
// from shared/demo stored as server records, so a freshly signed-in client pulls a realistic directory,
// storm and log.
// Runs only on an empty users table, under the sync lock (several instances may start at once).
// DEMO_SIZE=bench stores the benchmark data set instead (50k customers, 200k contacts).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { encodeHlc } from '../../shared/clock/hlc';
import { DEMO_PASSWORD, demoAccounts } from '../../shared/demo/demoAccounts';
import { generateDataset } from '../../shared/demo/generateDataset';
import type { DatasetSize } from '../../shared/demo/generateDataset';
import type { EntityName } from '../../shared/domain/entities';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/schema';
import { allocateSeqs, lockChanges } from '../sync/changeSeq';
import { writeRecords } from '../sync/recordStore';
import { writeAudit } from './audit';

export const DEMO_REGION = { id: 'region-metro', name: 'Metro Region' } as const;

/** HLC node of seeded records (no client has this id). */
const SEED_NODE = 'demo-seed';

/** Seeds when no user exists yet; returns how many records it stored (0 when it did nothing). */
export async function seedDemoOrganization(db: Kysely<Database>, nowMs: number, size: DatasetSize = 'demo'): Promise<number> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser !== undefined) return 0;
  const hashes = await Promise.all(demoAccounts.map(() => hashPassword(DEMO_PASSWORD)));
  const liaison = demoAccounts[0]!;
  const data = generateDataset({ now: nowMs, size, regionId: DEMO_REGION.id, currentUser: { id: liaison.id, name: liaison.name } });
  const batches: [EntityName, readonly { id: string; scopeId: string; updatedAt: string }[]][] = [
    ['event', data.events], ['customer', data.customers], ['contact', data.contacts],
    ['briefing', data.briefings], ['briefingAck', data.briefingAcks], ['logEntry', data.logEntries],
  ];
  return db.transaction().execute(async (trx) => {
    await lockChanges(trx);
    const raced = await sql<{ n: number }>`select count(*)::int8 as n from users`.execute(trx);
    if (raced.rows[0]!.n > 0) return 0;
    await trx.insertInto('scopes').values({ id: DEMO_REGION.id, kind: 'region', name: DEMO_REGION.name, parent_id: null }).execute();
    await trx.insertInto('scopes').values(data.events.map((e) => ({ id: e.id, kind: 'event' as const, name: e.name, parent_id: DEMO_REGION.id }))).execute();
    await trx
      .insertInto('users')
      .values(demoAccounts.map((a, i) => ({
        id: a.id, email: a.email, name: a.name, role: a.role, ics_position: a.icsPosition, home_agency: a.homeAgency,
        password_hash: hashes[i]!, scope_ids: [DEMO_REGION.id], disabled_at: null,
      })))
      .execute();
    const rows = batches.flatMap(([entity, records]) => records.map((record) => ({ entity, record })));
    const seqs = await allocateSeqs(trx, rows.length);
    const receivedAt = new Date(nowMs);
    await writeRecords(
      trx,
      rows.map(({ entity, record }, i) => {
        const hlc = encodeHlc({ ms: Date.parse(record.updatedAt), counter: 0, node: SEED_NODE });
        return {
          id: record.id, entity, scopeId: record.scopeId, priorScopes: [], data: record as unknown as Record<string, unknown>,
          baseHlc: hlc, fieldHlc: {}, hlc, deletedAt: null, seq: seqs[i]!,
        };
      }),
      receivedAt,
    );
    await writeAudit(trx, [{ actorId: null, action: 'demo.seeded', details: { users: demoAccounts.length, records: rows.length } }]);
    return rows.length;
  });
}

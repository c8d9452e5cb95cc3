// Opens a database as version 1 left it, with pending and refused mutations in the outbox, then
// upgrades it with all migrations: the rows survive and refused ones are found through the new index.
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../customers/commands';
import { LiaisonDb, openLocalDb } from '../db';
import { outboxSummary, refusedMutations } from '../outbox/queries';
import { customerInput } from '../testing/builders';
import { uniqueDbName } from '../testing/testDb';
import { latestVersion } from './index';

describe('migration 002: outbox refusedReason index', () => {
  it('upgrades a version 1 database and indexes refused mutations', async () => {
    const name = uniqueDbName('migration-002');
    const v1 = new LiaisonDb(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const row = (seq: number, refusedReason: string | null) => ({
      clientId: 'c1', seq, mutationId: `0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a${String(seq).padStart(2, '0')}`, entity: 'customer' as const,
      recordId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4aff', op: 'update' as const, patch: { notes: `n${seq}` }, base: { notes: '' },
      hlc: `000001736942400000-00000${seq}-c1`, at: '2025-01-15T12:00:00.000Z', refusedReason,
    });
    await v1.outbox.bulkAdd([row(1, null), row(2, 'You cannot edit customers in this region'), row(3, null)]);
    await v1.syncMeta.put({ key: 'nextSeq', value: 4 });
    v1.close();

    const db = await openLocalDb(name);
    try {
      expect(db.verno).toBe(latestVersion);
      expect(await db.outbox.count()).toBe(3);
      expect((await refusedMutations(db)).map((m) => m.seq)).toEqual([2]);
      expect(await outboxSummary(db)).toEqual({ pending: 2, refused: 1, oldestAt: '2025-01-15T12:00:00.000Z' });
      const created = await createCustomer(db, customerInput());
      expect(created.ok).toBe(true);
      expect((await db.outbox.orderBy('seq').last())?.seq).toBe(4);
    } finally {
      db.close();
      await new LiaisonDb(name).delete();
    }
  });
});

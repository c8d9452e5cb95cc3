// What the user can do with a change the server refused. Retry queues it again as a new mutation (a new
// seq, clock and time: the server has already spent the old seq); discard removes it from the outbox
// and puts the record back to the server's version. Discarding a refused insert also discards the later
// changes of that record, which cannot apply without it.
import { MAX_CLOCK_AHEAD_MS } from '../../../shared/api/sync';
import { decodeHlc, encodeHlc } from '../../../shared/clock/hlc';
import type { LiaisonDb } from '../db';
import { deviceNow } from '../deviceClock';
import { metaKeys } from '../meta/keys';
import { startWriteSession } from '../outbox/writeSession';
import type { OutboxRow } from '../rows';
import { rebuildFromServerCopies } from './localRows';
import { revertMutation } from './overlay';
import { serverCopiesTable, syncWriteTables } from './tables';
import { groupRecord, removeRecords, storedRecord, writeRecords } from './writeRecords';
import type { RecordsByEntity } from './writeRecords';

async function loadRefused(db: LiaisonDb, seq: number): Promise<{ row: OutboxRow; sameRecord: OutboxRow[] }> {
  const row = await db.outbox.get(seq);
  if (!row || row.refusedReason === null) throw new Error('This change is no longer waiting as refused');
  const sameRecord = await db.outbox.where('[entity+recordId]').equals([row.entity, row.recordId]).sortBy('seq');
  return { row, sameRecord };
}

/**
 * A clock that ran ahead leaves the hybrid logical clock ahead too (it never goes back), so every new
 * change would be refused again. Once the wall clock is right, a clock beyond what the server accepts
 * restarts from the wall clock: nothing stamped that far ahead was ever accepted, so no order is broken.
 */
async function settleRunawayClock(db: LiaisonDb): Promise<void> {
  const row = await db.syncMeta.get(metaKeys.hlc);
  if (typeof row?.value !== 'string') return;
  const clock = decodeHlc(row.value);
  const wall = deviceNow(db);
  if (clock.ms - wall > MAX_CLOCK_AHEAD_MS) await db.syncMeta.put({ key: metaKeys.hlc, value: encodeHlc({ ms: wall, counter: 0, node: clock.node }) });
}

/** Queues the refused change again (with the refused changes of the same record after it); returns the new seqs. */
export function retryRefused(db: LiaisonDb, seq: number): Promise<number[]> {
  return db.transaction('rw', syncWriteTables(db), async () => {
    const { row, sameRecord } = await loadRefused(db, seq);
    await settleRunawayClock(db);
    const again = sameRecord.filter((m) => m.seq >= row.seq && m.refusedReason !== null);
    const session = await startWriteSession(db);
    const queued = again.map((m) => session.record(m.entity, m.recordId, m.op, m.patch, m.base));
    await db.outbox.bulkDelete(again.map((m) => m.seq));
    await session.flush();
    return queued.map((m) => m.seq);
  });
}

/** Removes the refused change (and, for an insert, the record's later changes); returns how many left the outbox. */
export function discardRefused(db: LiaisonDb, seq: number): Promise<number> {
  return db.transaction('rw', syncWriteTables(db), async () => {
    const { row, sameRecord } = await loadRefused(db, seq);
    const discarded = row.op === 'insert' ? sameRecord.filter((m) => m.seq >= row.seq) : [row];
    const gone = new Set(discarded.map((m) => m.seq));
    const remaining = sameRecord.filter((m) => !gone.has(m.seq));
    await db.outbox.bulkDelete([...gone]);
    if (await serverCopiesTable(db).get(row.recordId)) {
      await rebuildFromServerCopies(db, [{ entity: row.entity, id: row.recordId }]);
      return gone.size;
    }
    let record = await storedRecord(db, row.entity, row.recordId);
    for (const m of [...discarded].reverse()) record = revertMutation(record, m, remaining.filter((r) => r.seq > m.seq));
    if (record === null) {
      await removeRecords(db, row.entity, [row.recordId]);
    } else {
      const groups: RecordsByEntity = new Map();
      groupRecord(groups, row.entity, record);
      await writeRecords(db, groups);
    }
    return gone.size;
  });
}

// What a push answer does to the outbox, in one transaction: applied and duplicate mutations leave it
// (the server has them), refused ones stay with the server's reason until the user retries or discards
// them (a batch sent again after a lost answer is refused again, never answered `duplicate`). Records whose last pending change was acknowledged go back to the server's copy when one is
// known; the server's newer version, if any, arrives with the next pull.
import type { PushResponse, RefusalCode } from '../../../shared/api/sync';
import type { LiaisonDb } from '../db';
import type { OutboxRow } from '../rows';
import { rebuildFromServerCopies } from './localRows';
import type { RecordKey } from './localRows';
import { syncWriteTables } from './tables';

export interface AckReport {
  acknowledged: number;
  refused: { seq: number; code: RefusalCode; reason: string }[];
}

export async function acknowledgePush(db: LiaisonDb, sent: readonly OutboxRow[], response: PushResponse): Promise<AckReport> {
  const bySeq = new Map(sent.map((m) => [m.seq, m]));
  const report: AckReport = { acknowledged: 0, refused: [] };
  await db.transaction('rw', syncWriteTables(db), async () => {
    const touched: RecordKey[] = [];
    for (const result of response.results) {
      const mine = bySeq.get(result.seq);
      const stored = await db.outbox.get(result.seq);
      // Only the exact mutation that was sent (an outbox renumbered meanwhile is left alone).
      if (!mine || !stored || stored.mutationId !== mine.mutationId) continue;
      touched.push({ entity: stored.entity, id: stored.recordId });
      if (result.status === 'refused') {
        await db.outbox.update(result.seq, { refusedReason: result.reason });
        report.refused.push({ seq: result.seq, code: result.code, reason: result.reason });
        continue;
      }
      await db.outbox.delete(result.seq);
      report.acknowledged += 1;
    }
    await rebuildFromServerCopies(db, touched);
  });
  return report;
}

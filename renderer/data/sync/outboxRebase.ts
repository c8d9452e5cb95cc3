// Renumbers the outbox when the server cannot continue this client's sequence: it expects a seq this
// device has already dropped (its database was restored from a backup or recreated), or the client id
// belongs to another user. Pending mutations get consecutive seqs from `fromSeq`; refused ones are never
// sent again, so they move below (their seq is only a key here). The server merges a re-sent insert as
// an update, so nothing is applied twice. Under a new client id the pending HLCs take its node too: the
// server refuses a clock that names another client.
import { decodeHlc, encodeHlc } from '../../../shared/clock/hlc';
import type { LiaisonDb } from '../db';
import { metaKeys } from '../meta/keys';
import type { OutboxRow } from '../rows';

export async function rebaseOutbox(db: LiaisonDb, fromSeq: number, newClientId?: string): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncMeta, async () => {
    const rows = await db.outbox.orderBy('seq').toArray();
    const pending = rows.filter((m) => m.refusedReason === null);
    const refused = rows.filter((m) => m.refusedReason !== null);
    const clientId = newClientId ?? rows[0]?.clientId;
    const restamp = (hlc: string) => (newClientId ? encodeHlc({ ...decodeHlc(hlc), node: newClientId }) : hlc);
    const end = fromSeq + pending.length;
    let below = Math.min(fromSeq, ...rows.map((m) => m.seq));
    const moved: OutboxRow[] = [
      ...pending.map((m, i) => ({ ...m, seq: fromSeq + i, clientId: clientId ?? m.clientId, hlc: restamp(m.hlc) })),
      ...refused.map((m) => (m.seq >= fromSeq ? { ...m, seq: --below } : m)),
    ];
    await db.outbox.clear();
    await db.outbox.bulkAdd(moved);
    const meta: { key: string; value: unknown }[] = [{ key: metaKeys.nextSeq, value: end }];
    if (newClientId) {
      const hlc = await db.syncMeta.get(metaKeys.hlc);
      meta.push({ key: metaKeys.clientId, value: newClientId });
      if (typeof hlc?.value === 'string') meta.push({ key: metaKeys.hlc, value: restamp(hlc.value) });
    }
    await db.syncMeta.bulkPut(meta);
  });
}

// Inside a command's transaction: who is writing, the command's timestamp, and the outbox. Mutations
// get consecutive `seq` numbers and increasing HLC values, allocated from syncMeta in the SAME
// transaction as the records they describe, so a crash can never leave one without the other.
import { v7 as uuidv7 } from 'uuid';
import { decodeHlc, encodeHlc, hlcNow, hlcZero } from '../../../shared/clock/hlc';
import type { Hlc } from '../../../shared/clock/hlc';
import type { EntityName } from '../../../shared/domain/entities';
import type { LocalProfile } from '../../../shared/domain/localProfile';
import type { MutationOp } from '../../../shared/sync/mutation';
import type { LiaisonDb } from '../db';
import { deviceNow } from '../deviceClock';
import { defaultProfile } from '../meta/identity';
import { metaKeys } from '../meta/keys';
import type { OutboxRow } from '../rows';

export interface WriteSession {
  readonly clientId: string;
  readonly profile: LocalProfile;
  /** The command's time (ISO); every record and mutation of the command uses it. */
  readonly at: string;
  newId(): string;
  /** Queues one outbox mutation (written by `flush`). */
  record(entity: EntityName, recordId: string, op: MutationOp, patch: Record<string, unknown>, base?: Record<string, unknown>): OutboxRow;
  /** Writes queued mutations and the advanced seq / clock (again only if more were queued since). */
  flush(): Promise<void>;
}

/** Must run inside a 'rw' transaction that includes `outbox` and `syncMeta`. */
export async function startWriteSession(db: LiaisonDb): Promise<WriteSession> {
  const [clientRow, seqRow, hlcRow, profileRow] = await db.syncMeta.bulkGet([
    metaKeys.clientId, metaKeys.nextSeq, metaKeys.hlc, metaKeys.localProfile,
  ]);
  const clientId = typeof clientRow?.value === 'string' ? clientRow.value : uuidv7();
  const profile = (profileRow?.value as LocalProfile | undefined) ?? defaultProfile();
  let nextSeq = typeof seqRow?.value === 'number' ? seqRow.value : 1;
  let clock: Hlc = typeof hlcRow?.value === 'string' ? decodeHlc(hlcRow.value) : hlcZero(clientId);
  const wallMs = deviceNow(db);
  const at = new Date(wallMs).toISOString();
  const queued: OutboxRow[] = [];
  let identityWritten = false;
  return {
    clientId,
    profile,
    at,
    newId: () => uuidv7(),
    record(entity, recordId, op, patch, base = {}) {
      clock = hlcNow(clock, wallMs);
      const row: OutboxRow = {
        clientId, seq: nextSeq++, mutationId: uuidv7(), entity, recordId, op, patch, base,
        hlc: encodeHlc(clock), at, refusedReason: null,
      };
      queued.push(row);
      return row;
    },
    async flush() {
      const meta = [];
      if (!identityWritten) {
        if (!clientRow) meta.push({ key: metaKeys.clientId, value: clientId });
        if (!profileRow) meta.push({ key: metaKeys.localProfile, value: profile });
        identityWritten = true;
      }
      const writes: Promise<unknown>[] = [];
      if (queued.length > 0) {
        writes.push(db.outbox.bulkAdd(queued.splice(0)));
        meta.push({ key: metaKeys.nextSeq, value: nextSeq }, { key: metaKeys.hlc, value: encodeHlc(clock) });
      }
      if (meta.length > 0) writes.push(db.syncMeta.bulkPut(meta));
      await Promise.all(writes);
    },
  };
}

// Applies one pulled page in ONE local transaction: the records (validated and with their derived fields,
// through bulkLoad, never queued in the outbox), removals, conflicts, the HLC receive and the new cursor.
// Local mutations still in the outbox (pending, or refused and not yet retried or discarded) are
// re-applied on top, and the server's version of those records is kept aside (serverCopies) so it can
// be put back once they leave the outbox.
import type { PullResponse, SyncConflict } from '../../../shared/api/sync';
import { decodeHlc, encodeHlc, hlcReceive } from '../../../shared/clock/hlc';
import type { EntityName } from '../../../shared/domain/entities';
import type { LiaisonDb } from '../db';
import { deviceNow } from '../deviceClock';
import { metaKeys } from '../meta/keys';
import { markBriefingRead } from '../meta/commands';
import { localProfile } from '../meta/queries';
import type { OutboxRow } from '../rows';
import { overlayPending } from './overlay';
import { reconcileAfterSnapshot } from './reconcile';
import type { SeenIds } from './reconcile';
import { syncKeys } from './syncKeys';
import { conflictsTable, serverCopiesTable, syncWriteTables } from './tables';
import type { ServerCopyRow } from './tables';
import { groupRecord, removeRecords, storedRecord, writeRecords } from './writeRecords';
import type { RecordsByEntity } from './writeRecords';

export interface PullApplyOptions {
  /**
   * Set while re-snapshotting after `cursor_reset`: page ids are collected, and the cursor is stored
   * (with a reconciliation) only with the last page, so an interrupted re-snapshot starts over.
   */
  reset?: SeenIds | null;
}

export interface PullApplyReport {
  records: number;
  removed: number;
  conflicts: number;
  /** Records that failed the local schemas (not written). */
  rejected: number;
}

type ServerVersion = { entity: EntityName; seq: number; record: Record<string, unknown> };

/** Open conflicts carry the value the server holds: it applies unless a newer version is in the page. */
async function applyConflictWinners(
  db: LiaisonDb, open: readonly SyncConflict[], server: Map<string, ServerVersion>,
  copies: Map<string, ServerCopyRow>, outbox: Map<string, OutboxRow[]>, direct: RecordsByEntity,
): Promise<void> {
  for (const c of open) {
    const inPage = server.get(c.recordId);
    if (inPage) {
      if (inPage.seq < c.seq) inPage.record = { ...inPage.record, [c.field]: c.winningValue };
      continue;
    }
    const copy = copies.get(c.recordId);
    const local = outbox.get(c.recordId) ?? [];
    if (copy) {
      server.set(c.recordId, { entity: c.entity, seq: c.seq, record: { ...copy.record, [c.field]: c.winningValue } });
      continue;
    }
    const stored = await storedRecord(db, c.entity, c.recordId);
    if (stored === null) continue;
    if (local.length === 0) server.set(c.recordId, { entity: c.entity, seq: c.seq, record: { ...stored, [c.field]: c.winningValue } });
    else if (!local.some((m) => c.field in m.patch)) groupRecord(direct, c.entity, { ...stored, [c.field]: c.winningValue });
  }
}

/**
 * Devices of the same user share what they have read: a version acknowledged, or published, by this
 * user on another device counts as read here (publishing marks it read for its author).
 */
async function markReadElsewhere(db: LiaisonDb, userId: string, acks: readonly Record<string, unknown>[], briefings: readonly Record<string, unknown>[]): Promise<void> {
  const readUpTo = new Map<string, number>();
  const read = (eventId: unknown, version: unknown) => {
    if (typeof eventId === 'string' && typeof version === 'number') readUpTo.set(eventId, Math.max(version, readUpTo.get(eventId) ?? 0));
  };
  for (const ack of acks) if (ack.userId === userId) read(ack.eventId, ack.version);
  for (const b of briefings) if (b.status !== 'draft' && (b.issuedBy as { id?: unknown } | null)?.id === userId) read(b.eventId, b.version);
  for (const [eventId, version] of readUpTo) await markBriefingRead(db, eventId, version);
}

async function receiveClock(db: LiaisonDb, remote: string | null): Promise<void> {
  if (remote === null) return;
  const row = await db.syncMeta.get(metaKeys.hlc);
  if (typeof row?.value !== 'string') return;
  const next = encodeHlc(hlcReceive(decodeHlc(row.value), decodeHlc(remote), deviceNow(db)));
  if (next > row.value) await db.syncMeta.put({ key: metaKeys.hlc, value: next });
}

export async function applyPulledPage(db: LiaisonDb, page: PullResponse, options: PullApplyOptions = {}): Promise<PullApplyReport> {
  const reset = options.reset ?? null;
  return db.transaction('rw', syncWriteTables(db), async () => {
    const profile = await localProfile(db);
    const server = new Map<string, ServerVersion>();
    const removals = new Map<EntityName, string[]>();
    let remoteHlc: string | null = null;
    for (const change of page.changes) {
      if ('record' in change) {
        const id = String(change.record.id);
        server.set(id, { entity: change.entity, seq: change.seq, record: change.record });
        if (remoteHlc === null || change.hlc > remoteHlc) remoteHlc = change.hlc;
        reset?.records.add(id);
      } else {
        removals.set(change.entity, [...(removals.get(change.entity) ?? []), change.id]);
      }
    }
    const open = page.conflicts.filter((c) => c.status === 'open').sort((a, b) => a.seq - b.seq);
    const keys = [...[...server].map(([id, v]) => [v.entity, id]), ...open.map((c) => [c.entity, c.recordId])];
    const outboxRows = (await db.outbox.count()) === 0 ? [] : await db.outbox.where('[entity+recordId]').anyOf(keys).sortBy('seq');
    const outbox = new Map<string, OutboxRow[]>();
    for (const m of outboxRows) outbox.set(m.recordId, [...(outbox.get(m.recordId) ?? []), m]);
    const copiesTable = serverCopiesTable(db);
    const anyCopies = (await copiesTable.count()) > 0;
    const copies = new Map<string, ServerCopyRow>();
    if (anyCopies) for (const copy of await copiesTable.bulkGet(keys.map(([, id]) => id!))) if (copy) copies.set(copy.id, copy);

    const groups: RecordsByEntity = new Map();
    await applyConflictWinners(db, open, server, copies, outbox, groups);
    const newCopies: ServerCopyRow[] = [];
    const staleCopies: string[] = [];
    for (const [id, version] of server) {
      const local = outbox.get(id) ?? [];
      if (local.length === 0) {
        if (copies.has(id)) staleCopies.push(id);
        groupRecord(groups, version.entity, version.record);
        continue;
      }
      newCopies.push({ id, entity: version.entity, record: version.record });
      const merged = overlayPending(version.record, local, profile.id);
      if (merged) groupRecord(groups, version.entity, merged);
    }
    const rejected = await writeRecords(db, groups);
    if (newCopies.length > 0) await copiesTable.bulkPut(newCopies);
    if (staleCopies.length > 0) await copiesTable.bulkDelete(staleCopies);
    let removed = 0;
    for (const [entity, ids] of removals) {
      await removeRecords(db, entity, ids);
      if (anyCopies) await copiesTable.bulkDelete(ids);
      removed += ids.length;
    }
    if (page.conflicts.length > 0) await conflictsTable(db).bulkPut(page.conflicts);
    for (const c of page.conflicts) reset?.conflicts.add(c.id);
    await markReadElsewhere(db, profile.id, groups.get('briefingAck') ?? [], groups.get('briefing') ?? []);
    await receiveClock(db, remoteHlc);

    if (reset === null || !page.hasMore) await db.syncMeta.put({ key: syncKeys.cursor, value: page.cursor });
    if (reset !== null && !page.hasMore) removed += await reconcileAfterSnapshot(db, reset);
    return { records: server.size, removed, conflicts: page.conflicts.length, rejected };
  });
}

// Acknowledging a briefing: an append-only record (one per user and version) that also marks the
// version read on this device.
import { briefingAckSchema } from '../../../shared/domain/briefingAck';
import type { BriefingAck } from '../../../shared/domain/briefingAck';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { metaKeys } from '../meta/keys';
import type { BriefingAckRow } from '../rows';
import { runCommand } from '../runCommand';

/** Records that the local user has read a published briefing; acknowledging twice is a no-op. */
export function acknowledgeBriefing(db: LiaisonDb, briefingId: string): Promise<CommandResult<BriefingAckRow>> {
  return runCommand(db, [db.briefingAcks, db.briefings], async (s) => {
    const briefing = await db.briefings.get(briefingId);
    if (!briefing || briefing.deletedAt !== null) throw refusal('This briefing does not exist on this device');
    if (briefing.status !== 'published') {
      throw refusal(briefing.status === 'draft' ? 'A draft cannot be acknowledged' : `Version ${briefing.version} was superseded: acknowledge the current version`);
    }
    const readKey = metaKeys.briefingRead(briefing.eventId);
    const read = await db.syncMeta.get(readKey);
    if (typeof read?.value !== 'number' || read.value < briefing.version) await db.syncMeta.put({ key: readKey, value: briefing.version });
    const existing = await db.briefingAcks.where('[briefingId+userId]').equals([briefingId, s.profile.id]).first();
    if (existing) return existing;
    const ack: BriefingAck = parseOrRefuse(briefingAckSchema, {
      id: s.newId(), scopeId: briefing.eventId, createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null,
      briefingId, eventId: briefing.eventId, version: briefing.version, userId: s.profile.id, userName: s.profile.name, at: s.at,
    });
    await db.briefingAcks.add(ack);
    s.record('briefingAck', ack.id, 'insert', ack);
    return ack;
  });
}

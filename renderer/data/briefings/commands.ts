// Briefing writes for authors: one draft per event (saving again updates it), and publishing, which
// supersedes the event's previously published version. The server stays authoritative: these are
// ordinary mutations it validates and may refuse.
import { briefingContentShape, briefingDraftInputSchema, briefingSchema } from '../../../shared/domain/briefing';
import type { Briefing, BriefingDraftInput } from '../../../shared/domain/briefing';
import { canAuthorBriefings } from '../../../shared/domain/localProfile';
import type { LocalProfile } from '../../../shared/domain/localProfile';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { diffFields } from '../fieldDiff';
import type { BriefingRow } from '../rows';
import { runCommand } from '../runCommand';

const contentFields = Object.keys(briefingContentShape) as (keyof typeof briefingContentShape & keyof Briefing)[];

function assertAuthor(profile: LocalProfile): void {
  if (!canAuthorBriefings(profile.role)) throw refusal('Only briefing authors can write or publish briefings');
}

/** Creates the event's next version as a draft, or updates the existing draft. */
export function saveBriefingDraft(db: LiaisonDb, eventId: string, content: BriefingDraftInput): Promise<CommandResult<BriefingRow>> {
  return runCommand(db, [db.briefings, db.events], async (s) => {
    assertAuthor(s.profile);
    const event = await db.events.get(eventId);
    if (!event || event.deletedAt !== null) throw refusal('This event does not exist on this device', 'eventId');
    const fields = parseOrRefuse(briefingDraftInputSchema, content);
    const versions = await db.briefings.where('eventId').equals(eventId).toArray();
    const draft = versions.find((b) => b.status === 'draft' && b.deletedAt === null);
    if (draft) {
      const after: Briefing = parseOrRefuse(briefingSchema, { ...draft, ...fields, updatedAt: s.at, updatedBy: s.profile.id });
      const diff = diffFields(draft, after, contentFields);
      if (!diff.changed) return draft;
      await db.briefings.put(after);
      s.record('briefing', draft.id, 'update', diff.patch, diff.base);
      return after;
    }
    const record: Briefing = parseOrRefuse(briefingSchema, {
      id: s.newId(), scopeId: eventId, createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null,
      eventId, version: Math.max(0, ...versions.map((b) => b.version)) + 1, status: 'draft',
      issuedAt: null, issuedBy: { id: s.profile.id, name: s.profile.name }, ...fields,
    });
    await db.briefings.add(record);
    s.record('briefing', record.id, 'insert', record);
    return record;
  });
}

/**
 * Publishes a draft. The server numbers the version, stamps who issued it and when, and supersedes the
 * event's previous version, so the outbox carries only the status change; the same effects are shown
 * here at once (issued now, by the local user) and the server's values replace them on the next pull.
 */
export function publishBriefing(db: LiaisonDb, briefingId: string): Promise<CommandResult<BriefingRow>> {
  return runCommand(db, [db.briefings], async (s) => {
    assertAuthor(s.profile);
    const draft = await db.briefings.get(briefingId);
    if (!draft || draft.deletedAt !== null) throw refusal('This briefing does not exist on this device');
    if (draft.status !== 'draft') throw refusal(`Version ${draft.version} is already ${draft.status}`);
    const published = (await db.briefings.where('eventId').equals(draft.eventId).toArray()).filter((b) => b.status === 'published');
    for (const old of published) await db.briefings.put({ ...old, status: 'superseded' });
    const after: Briefing = parseOrRefuse(briefingSchema, {
      ...draft, status: 'published', issuedAt: s.at, issuedBy: { id: s.profile.id, name: s.profile.name }, updatedAt: s.at, updatedBy: s.profile.id,
    });
    await db.briefings.put(after);
    s.record('briefing', after.id, 'update', { status: 'published' }, { status: 'draft' });
    return after;
  });
}

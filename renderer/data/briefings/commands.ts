// Briefing writes for authors: one draft per event (saving again updates it), restoring a draft field
// that lost a sync conflict, and publishing, which supersedes the event's previously published version.
// The server stays authoritative: these are ordinary mutations it validates and may refuse.
import { briefingContentShape, briefingDraftInputSchema, briefingSchema } from '../../../shared/domain/briefing';
import type { Briefing, BriefingContent, BriefingDraftInput } from '../../../shared/domain/briefing';
import { canAuthorBriefings } from '../../../shared/domain/localProfile';
import type { LocalProfile } from '../../../shared/domain/localProfile';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { diffFields, pickFields } from '../fieldDiff';
import { markBriefingRead } from '../meta/commands';
import type { WriteSession } from '../outbox/writeSession';
import type { BriefingRow } from '../rows';
import { runCommand } from '../runCommand';

const contentFields = Object.keys(briefingContentShape) as (keyof typeof briefingContentShape & keyof Briefing)[];

function assertAuthor(profile: LocalProfile): void {
  if (!canAuthorBriefings(profile.role)) throw refusal('Only briefing authors can write or publish briefings');
}

/** Writes new content into a draft with an update mutation carrying only the fields that changed. */
async function writeDraftContent(db: LiaisonDb, s: WriteSession, draft: BriefingRow, fields: BriefingContent): Promise<BriefingRow> {
  const after: Briefing = parseOrRefuse(briefingSchema, { ...draft, ...fields, updatedAt: s.at, updatedBy: s.profile.id });
  const diff = diffFields(draft, after, contentFields);
  if (!diff.changed) return draft;
  await db.briefings.put(after);
  s.record('briefing', draft.id, 'update', diff.patch, diff.base);
  return after;
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
    if (draft) return writeDraftContent(db, s, draft, fields);
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

/** Changes some content fields of a draft, e.g. to restore the value that lost a sync conflict. */
export function updateBriefingDraft(db: LiaisonDb, briefingId: string, patch: Partial<BriefingDraftInput>): Promise<CommandResult<BriefingRow>> {
  return runCommand(db, [db.briefings], async (s) => {
    assertAuthor(s.profile);
    const draft = await db.briefings.get(briefingId);
    if (!draft || draft.deletedAt !== null) throw refusal('This briefing does not exist on this device');
    if (draft.status !== 'draft') throw refusal(`Version ${draft.version} is ${draft.status}: only a draft can be changed`);
    const fields = parseOrRefuse(briefingDraftInputSchema, { ...pickFields(draft, contentFields), ...pickFields(patch, contentFields) });
    return writeDraftContent(db, s, draft, fields);
  });
}

/**
 * Publishes a draft. The server numbers the version, stamps who issued it and when, and supersedes the
 * event's previous version, so the outbox carries only the status change; the same effects are shown
 * here at once (issued now, by the local user) and the server's values replace them on the next pull.
 * The author wrote what they publish, so this device counts the version as read.
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
    await markBriefingRead(db, after.eventId, after.version);
    return after;
  });
}

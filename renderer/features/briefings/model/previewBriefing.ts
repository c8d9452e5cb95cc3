// The author's draft as readers will get it: the same content as a published version, issued now by
// the author, so the preview renders through the reader's own components and looks exactly like the
// version readers open after Publish. Also the read state of a reader who has the current version.
import { diffBriefings } from '../../../../shared/domain/briefingDiff';
import type { Briefing, BriefingContent, PersonRef } from '../../../../shared/domain/briefing';
import type { BriefingReadState } from '../../../data/briefings/queries';

export interface PreviewSource {
  /** The saved draft's id, or any stable id while the draft is not saved yet. */
  id: string;
  eventId: string;
  version: number;
  issuer: PersonRef;
  now: number;
}

export function previewBriefing(content: BriefingContent, source: PreviewSource): Briefing {
  const issuedAt = new Date(source.now).toISOString();
  return {
    id: source.id, scopeId: source.eventId, createdAt: issuedAt, updatedAt: issuedAt, updatedBy: source.issuer.id, deletedAt: null,
    eventId: source.eventId, version: source.version, status: 'published', issuedAt, issuedBy: source.issuer, ...content,
  };
}

/** What a reader sees on opening the new version: changes since the version that is current now. */
export const previewReadState = (preview: Briefing, current: Briefing | null): BriefingReadState => ({
  current: preview,
  lastReadVersion: current?.version ?? null,
  unread: true,
  changesSinceRead: current ? diffBriefings(current, preview) : null,
});

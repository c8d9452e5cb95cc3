// Everything the Briefings screen reads, live from the local database: the events, the one shown
// (chosen, else the active event, else the most recent), its versions, the read state and the local
// profile. Versions the user acknowledged on another device count as read here too (read markers are
// per device, acknowledgements sync).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { canAuthorBriefings } from '../../../shared/domain/localProfile';
import { myAcknowledgement } from '../../data/briefingAcks/queries';
import { briefingReadState, briefingVersions } from '../../data/briefings/queries';
import type { BriefingReadState } from '../../data/briefings/queries';
import { useDb } from '../../data/dbContext';
import { activeEvent, listEvents } from '../../data/events/queries';
import { markBriefingRead } from '../../data/meta/commands';
import { localProfile } from '../../data/meta/queries';
import type { BriefingRow, EventRow } from '../../data/rows';
import { useAppStore } from '../../store/appStore';
import { selectBriefingsEventId, selectBriefingsVersion } from '../../store/briefingsSlice';
import type { LocalProfile } from '../../../shared/domain/localProfile';

export interface BriefingsScreen {
  events: EventRow[];
  event: EventRow | null;
  profile: LocalProfile;
  author: boolean;
  /** Newest first; drafts only for authors. */
  versions: BriefingRow[];
  readState: BriefingReadState;
  /** The version on screen (the chosen one, else the current, else an author's draft). */
  selected: BriefingRow | null;
  /** The version before the selected one, for highlighting what moved. */
  previous: BriefingRow | null;
}

/** Undefined while the first reads are in flight. */
export function useBriefingsScreen(): BriefingsScreen | undefined {
  const db = useDb();
  const chosenEventId = useAppStore(selectBriefingsEventId);
  const chosenVersion = useAppStore(selectBriefingsVersion);
  const base = useLiveQuery(async () => {
    const [events, active, profile] = await Promise.all([listEvents(db), activeEvent(db), localProfile(db)]);
    return { events, active, profile };
  }, [db]);
  const event = base ? (base.events.find((e) => e.id === chosenEventId) ?? base.active ?? base.events[0] ?? null) : undefined;
  const eventId = event?.id ?? null;
  const perEvent = useLiveQuery(async () => {
    if (eventId === null) {
      const readState: BriefingReadState = { current: null, lastReadVersion: null, unread: false, changesSinceRead: null };
      return { eventId, versions: [], readState, acknowledgedVersion: null };
    }
    const [versions, readState] = await Promise.all([briefingVersions(db, eventId), briefingReadState(db, eventId)]);
    const published = versions.filter((b) => b.status !== 'draft');
    const mine = await Promise.all(published.map((b) => myAcknowledgement(db, b.id)));
    const acknowledgedVersion = Math.max(0, ...published.filter((_, i) => mine[i] !== null).map((b) => b.version)) || null;
    return { eventId, versions, readState, acknowledgedVersion };
  }, [db, eventId]);

  // The user's acknowledgements sync from their other devices; the read marker is per device.
  const lastRead = perEvent?.readState.lastReadVersion ?? null;
  const acknowledged = perEvent?.acknowledgedVersion ?? null;
  useEffect(() => {
    if (eventId !== null && acknowledged !== null && (lastRead === null || acknowledged > lastRead)) void markBriefingRead(db, eventId, acknowledged);
  }, [acknowledged, db, eventId, lastRead]);

  if (!base || event === undefined || !perEvent || perEvent.eventId !== eventId) return undefined;
  const author = canAuthorBriefings(base.profile.role);
  const versions = author ? perEvent.versions : perEvent.versions.filter((b) => b.status !== 'draft');
  const selected = versions.find((b) => b.version === chosenVersion) ?? perEvent.readState.current ?? versions[0] ?? null;
  const previous = selected ? (versions.find((b) => b.version < selected.version && b.status !== 'draft') ?? null) : null;
  return { events: base.events, event, profile: base.profile, author, versions, readState: perEvent.readState, selected, previous };
}

// Who may start, activate and close events: briefing authors and admins. Mirrors the server's rule
// (server/auth canAuthorBriefings), which refuses the sync of anyone else's event changes, so the UI
// does not offer what would be refused. Everyone can choose which active event they work under.
import { useLiveQuery } from 'dexie-react-hooks';
import type { UserRole } from '../../../shared/domain/localProfile';
import { useDb } from '../../data/dbContext';
import { localProfile } from '../../data/meta/queries';

export const canManageEvents = (role: UserRole): boolean => role === 'briefing_author' || role === 'admin';

/** False until the profile is loaded. */
export function useCanManageEvents(): boolean {
  const db = useDb();
  const profile = useLiveQuery(() => localProfile(db), [db]);
  return profile ? canManageEvents(profile.role) : false;
}

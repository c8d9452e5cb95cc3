// Who may start, activate and close events: briefing authors and admins (the shared rule the server
// enforces), so the UI does not offer what would be refused. Everyone can choose which active event
// they work under.
import { useLiveQuery } from 'dexie-react-hooks';
import { canAuthorBriefings } from '../../../shared/domain/localProfile';
import { useDb } from '../../data/dbContext';
import { localProfile } from '../../data/meta/queries';

/** False until the profile is loaded. */
export function useCanManageEvents(): boolean {
  const db = useDb();
  const profile = useLiveQuery(() => localProfile(db), [db]);
  return profile ? canAuthorBriefings(profile.role) : false;
}

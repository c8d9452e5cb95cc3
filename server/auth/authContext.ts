import type { Scope, Session, User } from '../../shared/api/auth';
import type { UserRole } from '../../shared/domain/localProfile';

/** Who is calling: set on every authenticated request by the auth hook (server/auth/authenticate.ts). */
export type AuthContext = {
  user: User & { role: UserRole };
  session: Session;
  /** This device must re-snapshot before continuing from a cursor below this seq (its user's scopes changed). */
  resyncBelowSeq: number;
  /** Every scope the user may read and write (assigned ones plus the events of assigned regions). */
  scopes: Scope[];
  scopeIds: ReadonlySet<string>;
};

export const canAuthorBriefings = (role: UserRole): boolean => role === 'briefing_author' || role === 'admin';

// The local profile follows the signed-in account: authorship of local writes, role-gated screens
// (the briefing author form) and the scope new customers and events go to all read it. The account
// comes from the server (sign-in or /me), so this overwrites the whole profile, id included.
import { localProfileSchema } from '../../../shared/domain/localProfile';
import type { LocalProfile, LocalProfileInput } from '../../../shared/domain/localProfile';
import type { LiaisonDb } from '../db';
import { metaKeys } from '../meta/keys';

export async function applyAccountProfile(db: LiaisonDb, account: LocalProfileInput): Promise<LocalProfile> {
  const profile = localProfileSchema.parse(account);
  await db.syncMeta.put({ key: metaKeys.localProfile, value: profile });
  return profile;
}

// Device-local settings and sync identity.
import type { LocalProfile } from '../../../shared/domain/localProfile';
import type { LiaisonDb } from '../db';
import { defaultProfile } from './identity';
import { metaKeys } from './keys';

export async function localProfile(db: LiaisonDb): Promise<LocalProfile> {
  const row = await db.syncMeta.get(metaKeys.localProfile);
  return (row?.value as LocalProfile | undefined) ?? defaultProfile();
}

/** This database's sync identity (set on first open). */
export async function clientId(db: LiaisonDb): Promise<string | null> {
  const row = await db.syncMeta.get(metaKeys.clientId);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function lastReadBriefingVersion(db: LiaisonDb, eventId: string): Promise<number | null> {
  const row = await db.syncMeta.get(metaKeys.briefingRead(eventId));
  return typeof row?.value === 'number' ? row.value : null;
}

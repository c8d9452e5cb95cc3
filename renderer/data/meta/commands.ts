// Device-local writes: the local profile and briefing read markers. Not synced, so no outbox.
import { localProfileSchema } from '../../../shared/domain/localProfile';
import type { LocalProfile, LocalProfileInput } from '../../../shared/domain/localProfile';
import { parseOrRefuse, Refusal, refused } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { metaKeys } from './keys';
import { localProfile } from './queries';

/** Edits the local profile (id stays). */
export function updateLocalProfile(db: LiaisonDb, patch: Partial<Omit<LocalProfileInput, 'id'>>): Promise<CommandResult<LocalProfile>> {
  return db
    .transaction('rw', db.syncMeta, async (): Promise<CommandResult<LocalProfile>> => {
      const current = await localProfile(db);
      const next = parseOrRefuse(localProfileSchema, { ...current, ...patch, id: current.id });
      await db.syncMeta.put({ key: metaKeys.localProfile, value: next });
      return { ok: true, value: next };
    })
    .catch((error: unknown) => (error instanceof Refusal ? refused(error.issues) : { ok: false, error: `Could not save: ${String(error)}`, issues: [] }));
}

/** Remembers that this device has read a briefing version (only moves forward). */
export async function markBriefingRead(db: LiaisonDb, eventId: string, version: number): Promise<void> {
  await db.transaction('rw', db.syncMeta, async () => {
    const key = metaKeys.briefingRead(eventId);
    const row = await db.syncMeta.get(key);
    if (typeof row?.value !== 'number' || row.value < version) await db.syncMeta.put({ key, value: version });
  });
}

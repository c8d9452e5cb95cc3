// Device-local ICS details (not synced, so no outbox).
import { icsIdentitySchema } from '../../../shared/ics/icsIdentity';
import type { IcsIdentity, IcsIdentityInput } from '../../../shared/ics/icsIdentity';
import { parseOrRefuse, Refusal, refused } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { icsIdentityKey } from './icsKeys';

export async function saveIcsIdentity(db: LiaisonDb, input: IcsIdentityInput): Promise<CommandResult<IcsIdentity>> {
  try {
    const value = parseOrRefuse(icsIdentitySchema, input);
    await db.syncMeta.put({ key: icsIdentityKey, value });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.issues);
    return { ok: false, error: `Could not save: ${String(error)}`, issues: [] };
  }
}

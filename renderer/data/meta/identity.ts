// First run: give the device a client id (the sync identity of this database), start its outbox
// sequence, and create a default local profile until accounts exist.
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc, hlcZero } from '../../../shared/clock/hlc';
import { localProfileSchema } from '../../../shared/domain/localProfile';
import type { LocalProfile } from '../../../shared/domain/localProfile';
import type { LiaisonDb } from '../db';
import { metaKeys } from './keys';

export const defaultProfile = (): LocalProfile =>
  localProfileSchema.parse({ id: `user-${uuidv7()}`, name: 'Local user', role: 'liaison' });

export async function ensureLocalIdentity(db: LiaisonDb): Promise<void> {
  await db.transaction('rw', db.syncMeta, async () => {
    const [clientId, nextSeq, profile] = await db.syncMeta.bulkGet([metaKeys.clientId, metaKeys.nextSeq, metaKeys.localProfile]);
    const id = typeof clientId?.value === 'string' ? clientId.value : uuidv7();
    if (!clientId) await db.syncMeta.put({ key: metaKeys.clientId, value: id });
    if (!nextSeq) {
      await db.syncMeta.bulkPut([
        { key: metaKeys.nextSeq, value: 1 },
        { key: metaKeys.hlc, value: encodeHlc(hlcZero(id)) },
      ]);
    }
    if (!profile) await db.syncMeta.put({ key: metaKeys.localProfile, value: defaultProfile() });
  });
}

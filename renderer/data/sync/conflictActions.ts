// What the conflicts view does. Restoring the losing value is an ordinary local edit (an update, or the
// delete that lost to a later edit) through the entity's command, so it syncs like any change; the
// server then marks the conflict restored. Keeping the current value is the server's dismiss call,
// whose answer is stored here.
import type { SyncConflict } from '../../../shared/api/sync';
import { briefingContentShape } from '../../../shared/domain/briefing';
import { updateBriefingDraft } from '../briefings/commands';
import { refused } from '../commandResult';
import type { CommandResult } from '../commandResult';
import { deleteContact, updateContact } from '../contacts/commands';
import { deleteCustomer, updateCustomer } from '../customers/commands';
import type { LiaisonDb } from '../db';
import { updateEvent } from '../events/commands';
import { conflictsTable } from './tables';

const cannot = (message: string): CommandResult<null> => refused([{ path: '', message }]);
const done = async (result: CommandResult<unknown>): Promise<CommandResult<null>> => (result.ok ? { ok: true, value: null } : result);

const EVENT_FIELDS = new Set(['name', 'kind', 'operationalPeriod', 'affectedServiceAreas']);
const BRIEFING_FIELDS = new Set(Object.keys(briefingContentShape));

/** Sets the conflict's losing value again as a new local change. */
export async function restoreLosingValue(db: LiaisonDb, conflictId: string): Promise<CommandResult<null>> {
  const conflict = await conflictsTable(db).get(conflictId);
  if (!conflict) return cannot('This conflict is not on this device');
  if (conflict.status !== 'open') return cannot(`This conflict was already ${conflict.status}`);
  const { entity, recordId, field, losingValue } = conflict;
  if (conflict.kind === 'revived') {
    if (entity === 'customer') return done(await deleteCustomer(db, recordId));
    if (entity === 'contact') return done(await deleteContact(db, recordId));
    return cannot(`A deleted ${entity} cannot be deleted again from here`);
  }
  const patch = { [field]: losingValue };
  if (entity === 'customer') return done(await updateCustomer(db, recordId, patch));
  if (entity === 'contact') return done(await updateContact(db, recordId, patch));
  if (entity === 'event' && EVENT_FIELDS.has(field)) return done(await updateEvent(db, recordId, patch));
  if (entity === 'briefing' && BRIEFING_FIELDS.has(field)) return done(await updateBriefingDraft(db, recordId, patch));
  return cannot(`This value can only be changed by editing the ${entity} itself`);
}

/** Stores a conflict as the server answered it (e.g. dismissed), unless a newer version is already here. */
export async function storeConflict(db: LiaisonDb, conflict: SyncConflict): Promise<void> {
  await db.transaction('rw', conflictsTable(db), async () => {
    const current = await conflictsTable(db).get(conflict.id);
    if (!current || current.seq <= conflict.seq) await conflictsTable(db).put(conflict);
  });
}

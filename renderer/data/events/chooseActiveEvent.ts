// Which of the events already active this device works under (two incidents can run at once). A
// device-local choice, so it writes no outbox mutation; starting or ending an event for everyone is
// activateEvent / closeEvent, which only briefing authors and admins may sync.
import { refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { metaKeys } from '../meta/keys';
import type { EventRow } from '../rows';
import { runCommand } from '../runCommand';

export function chooseActiveEvent(db: LiaisonDb, id: string): Promise<CommandResult<EventRow>> {
  return runCommand(db, [db.events], async () => {
    const event = await db.events.get(id);
    if (!event || event.deletedAt !== null) throw refusal('This event does not exist on this device');
    if (event.status !== 'active') throw refusal(`${event.name} is not active: only an active event can be worked under`);
    await db.syncMeta.put({ key: metaKeys.activeEventId, value: id });
    return event;
  });
}

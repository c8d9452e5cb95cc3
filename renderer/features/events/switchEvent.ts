// Switching the event this device works under. One event is active at a time (the data layer refuses
// a second), so switching ends the active one first; the UI asks before doing so.
import type { CommandResult } from '../../data/commandResult';
import type { LiaisonDb } from '../../data/db';
import { activateEvent, closeEvent } from '../../data/events/commands';
import type { EventRow } from '../../data/rows';

export async function switchActiveEvent(db: LiaisonDb, targetId: string, active: EventRow | null): Promise<CommandResult<EventRow>> {
  if (active && active.id !== targetId) {
    const closed = await closeEvent(db, active.id);
    if (!closed.ok) return closed;
  }
  return activateEvent(db, targetId);
}

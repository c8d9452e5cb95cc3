// The confirmations behind "Close…" and "Switch to…", shared by the events page and the switcher.
import type { LiaisonDb } from '../../data/db';
import { closeEvent } from '../../data/events/commands';
import type { EventRow } from '../../data/rows';
import { switchActiveEvent } from './switchEvent';

export interface EventAction {
  title: string;
  message: string;
  confirmLabel: string;
  run: () => Promise<{ ok: true } | { ok: false; error: string }>;
}

export const closeEventAction = (db: LiaisonDb, event: EventRow): EventAction => ({
  title: `Close ${event.name}?`,
  message: `Closing ends ${event.name} now. Its log and briefings stay as they are; new log entries no longer belong to it.`,
  confirmLabel: 'Close event',
  run: () => closeEvent(db, event.id),
});

export const switchEventAction = (db: LiaisonDb, target: EventRow, active: EventRow): EventAction => ({
  title: `Switch to ${target.name}?`,
  message: `${active.name} is active, and one event is active at a time: switching closes ${active.name} now and activates ${target.name}.`,
  confirmLabel: `Close ${active.name} and activate`,
  run: () => switchActiveEvent(db, target.id, active),
});

/** Router state asking the events page to open the "new event" form. */
export const CREATE_EVENT_STATE = { createEvent: true } as const;
export const isCreateEventRequest = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as { createEvent?: unknown }).createEvent === true;

// Event writes. One event is active at a time: activating another while one is active is refused
// (close it first). The device remembers its active event in syncMeta so log entries default to it.
import { eventInputSchema, eventSchema } from '../../../shared/domain/event';
import type { Event, EventField, EventInput } from '../../../shared/domain/event';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { diffFields, pickFields } from '../fieldDiff';
import { metaKeys } from '../meta/keys';
import type { EventRow } from '../rows';
import { runCommand } from '../runCommand';
import type { WriteSession } from '../outbox/writeSession';

/** Fields `updateEvent` may change; status and start/end change through activate and close. */
const editableFields = ['name', 'kind', 'operationalPeriod', 'affectedServiceAreas'] as const satisfies readonly EventField[];

/** Creates a planned event (activate it to start working under it). */
export function createEvent(db: LiaisonDb, input: EventInput): Promise<CommandResult<EventRow>> {
  return runCommand(db, [db.events], async (s) => {
    const fields = parseOrRefuse(eventInputSchema, { ...input, status: 'planned', endedAt: null });
    const record: Event = parseOrRefuse(eventSchema, {
      id: s.newId(), scopeId: s.profile.regionId, createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null, ...fields,
    });
    await db.events.add(record);
    s.record('event', record.id, 'insert', record);
    return record;
  });
}

async function loadLiveEvent(db: LiaisonDb, id: string): Promise<EventRow> {
  const row = await db.events.get(id);
  if (!row || row.deletedAt !== null) throw refusal('This event does not exist on this device');
  return row;
}

async function saveChange(db: LiaisonDb, s: WriteSession, before: Event, changes: Partial<Event>) {
  const after: Event = parseOrRefuse(eventSchema, { ...before, ...changes, updatedAt: s.at, updatedBy: s.profile.id });
  const diff = diffFields(before, after, Object.keys(changes) as (keyof Event & string)[]);
  if (diff.changed) {
    await db.events.put(after);
    s.record('event', before.id, 'update', diff.patch, diff.base);
  }
  return after;
}

export function updateEvent(db: LiaisonDb, id: string, patch: Partial<EventInput>): Promise<CommandResult<EventRow>> {
  return runCommand(db, [db.events], async (s) => {
    const before = await loadLiveEvent(db, id);
    const changes = parseOrRefuse(eventInputSchema, { ...before, ...pickFields(patch, editableFields) });
    return saveChange(db, s, before, pickFields(changes, editableFields));
  });
}

/** Starts working under an event: status active (start time now if unset), device's active event. */
export function activateEvent(db: LiaisonDb, id: string): Promise<CommandResult<EventRow>> {
  return runCommand(db, [db.events], async (s) => {
    const event = await loadLiveEvent(db, id);
    if (event.status === 'closed') throw refusal(`${event.name} is closed and cannot be reactivated`);
    const otherActive = (await db.events.where('status').equals('active').toArray()).find((e) => e.id !== id && e.deletedAt === null);
    if (otherActive) throw refusal(`${otherActive.name} is still active. Close it before activating ${event.name}.`);
    await db.syncMeta.put({ key: metaKeys.activeEventId, value: id });
    return saveChange(db, s, event, { status: 'active', startedAt: event.startedAt ?? s.at });
  });
}

/** Ends an event (planned or active): status closed, end time now. */
export function closeEvent(db: LiaisonDb, id: string): Promise<CommandResult<EventRow>> {
  return runCommand(db, [db.events], async (s) => {
    const event = await loadLiveEvent(db, id);
    if (event.status === 'closed') throw refusal(`${event.name} is already closed`);
    const active = await db.syncMeta.get(metaKeys.activeEventId);
    if (active?.value === id) await db.syncMeta.delete(metaKeys.activeEventId);
    return saveChange(db, s, event, { status: 'closed', endedAt: s.at });
  });
}

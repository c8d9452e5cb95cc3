// Reads for the sync page: open conflicts and refused changes, each with the record it is about (as it
// is on this device now) and a human name for it ("María Hernández at Mercy Regional Hospital").
import type { EntityName } from '../../../shared/domain/entities';
import type { LiaisonDb } from '../db';
import { conflictsTable, tableOf } from './tables';
import type { OutboxRow } from '../rows';
import type { ConflictRow } from './tables';

type RecordData = Record<string, unknown>;

export interface RecordLabel {
  entity: EntityName;
  id: string;
  /** What people call the record. */
  name: string;
  /** The customer page that shows it, when there is one. */
  customerId: string | null;
  customerName: string | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

async function labelOf(db: LiaisonDb, entity: EntityName, id: string, record: RecordData | null): Promise<RecordLabel> {
  const base = { entity, id, customerId: null, customerName: null };
  if (record === null) return { ...base, name: `a ${entity} no longer on this device` };
  switch (entity) {
    case 'customer':
      return { ...base, name: text(record.name), customerId: id, customerName: text(record.name) };
    case 'contact':
    case 'logEntry': {
      const customerId = typeof record.customerId === 'string' ? record.customerId : null;
      const customer = customerId ? await db.customers.get(customerId) : undefined;
      const name = entity === 'contact' ? text(record.name) : `Log entry “${text(record.summary)}”`;
      return { ...base, name, customerId, customerName: customer?.name ?? null };
    }
    case 'event':
      return { ...base, name: text(record.name) };
    case 'briefing':
    case 'briefingAck': {
      const event = typeof record.eventId === 'string' ? await db.events.get(record.eventId) : undefined;
      const what = entity === 'briefing' ? 'Briefing' : 'Acknowledgement of briefing';
      return { ...base, name: `${what} version ${String(record.version)}${event ? ` of ${event.name}` : ''}` };
    }
  }
}

const stored = (db: LiaisonDb, entity: EntityName, id: string) => tableOf(db, entity).where('id').equals(id).first();

export interface ConflictItem {
  conflict: ConflictRow;
  /** The record as it is on this device now (null when it is gone). */
  record: RecordData | null;
  label: RecordLabel;
}

export const openConflictCount = (db: LiaisonDb): Promise<number> => conflictsTable(db).where('status').equals('open').count();

/** Open conflicts, newest first. */
export async function openConflicts(db: LiaisonDb): Promise<ConflictItem[]> {
  const open = await conflictsTable(db).where('status').equals('open').toArray();
  open.sort((a, b) => b.seq - a.seq);
  return Promise.all(open.map(async (conflict) => {
    const record = (await stored(db, conflict.entity, conflict.recordId)) ?? null;
    return { conflict, record, label: await labelOf(db, conflict.entity, conflict.recordId, record) };
  }));
}

export interface RefusedItem {
  change: OutboxRow;
  label: RecordLabel;
}

/** Changes the server refused, oldest first (the order they were made in). */
export async function refusedChanges(db: LiaisonDb): Promise<RefusedItem[]> {
  const rows = await db.outbox.where('refusedReason').above('').toArray();
  rows.sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  return Promise.all(rows.map(async (change) => {
    const record = (await stored(db, change.entity, change.recordId)) ?? (change.op === 'insert' ? change.patch : null);
    return { change, label: await labelOf(db, change.entity, change.recordId, record) };
  }));
}

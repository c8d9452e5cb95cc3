// A push works on an in-memory copy of every record and open conflict its mutations can touch, loaded
// in a few batched queries under the sync lock. The rules change this copy; push.ts then writes what
// changed in batched statements. Applying a batch is therefore plain JS between one load and one write.
import type { SyncConflict } from '../../shared/api/sync';
import type { EntityName } from '../../shared/domain/entities';
import type { Scope } from '../../shared/api/auth';

export type StoredRecord = {
  id: string;
  entity: EntityName;
  scopeId: string;
  /** Scopes the record has left: their users are told to drop it. */
  priorScopes: string[];
  /** The record as clients receive it (valid for its entity schema). */
  data: Record<string, unknown>;
  /** HLC of the insert: the clock of every field not in `fieldHlc`. */
  baseHlc: string;
  /** HLC of the last write per field, for fields written after the insert. */
  fieldHlc: Record<string, string>;
  /** Highest HLC of any field. */
  hlc: string;
  /** Server time of the delete (tombstone retention counts from it); null while live. */
  deletedAt: Date | null;
};

export const fieldHlcOf = (record: StoredRecord, field: string): string => record.fieldHlc[field] ?? record.baseHlc;

export type ConflictState = Omit<SyncConflict, 'seq'>;

export class WorkingSet {
  readonly #records = new Map<string, StoredRecord>();
  readonly #dirty = new Set<string>();
  readonly #openConflicts = new Map<string, ConflictState[]>();
  readonly #conflictWrites = new Map<string, ConflictState>();
  readonly #eventScopes = new Map<string, Scope>();

  /** Adds a record read from the database. */
  load(record: StoredRecord): void {
    this.#records.set(record.id, record);
  }

  loadOpenConflict(conflict: ConflictState): void {
    const list = this.#openConflicts.get(conflict.recordId);
    if (list) list.push(conflict);
    else this.#openConflicts.set(conflict.recordId, [conflict]);
  }

  get(id: string): StoredRecord | undefined {
    return this.#records.get(id);
  }

  /** Stores a new or changed record; it will be written with a new seq. */
  put(record: StoredRecord): void {
    this.#records.set(record.id, record);
    this.#dirty.add(record.id);
  }

  /** Briefings of an event (every one of them is loaded when a mutation may need it). */
  briefingsOfEvent(eventId: string): StoredRecord[] {
    return [...this.#records.values()].filter((r) => r.entity === 'briefing' && r.data.eventId === eventId);
  }

  openConflictsOf(recordId: string): readonly ConflictState[] {
    return this.#openConflicts.get(recordId) ?? [];
  }

  addConflict(conflict: ConflictState): void {
    this.#conflictWrites.set(conflict.id, conflict);
    if (conflict.status === 'open') this.loadOpenConflict(conflict);
  }

  /** Closes open conflicts of a record chosen by `pick`, which names the new status (or null to keep it open). */
  closeConflicts(recordId: string, pick: (conflict: ConflictState) => ConflictState['status'] | null, by: string, at: string): void {
    const open = this.#openConflicts.get(recordId);
    if (!open) return;
    const stillOpen: ConflictState[] = [];
    for (const conflict of open) {
      const status = pick(conflict);
      if (status === null || status === 'open') {
        stillOpen.push(conflict);
        continue;
      }
      this.#conflictWrites.set(conflict.id, { ...conflict, status, resolvedAt: at, resolvedBy: by });
    }
    this.#openConflicts.set(recordId, stillOpen);
  }

  registerEventScope(scope: Scope): void {
    this.#eventScopes.set(scope.id, scope);
  }

  get dirtyRecords(): StoredRecord[] {
    return [...this.#dirty].map((id) => this.#records.get(id)!);
  }

  get conflictWrites(): ConflictState[] {
    return [...this.#conflictWrites.values()];
  }

  get eventScopes(): Scope[] {
    return [...this.#eventScopes.values()];
  }
}

// Customer writes. Each validates with the shared schema and writes the record and its outbox
// mutation in one transaction. The local fields (search tokens, sort keys) are recomputed here and
// never pushed (see rows.ts).
import { customerFields, customerInputSchema, customerSchema } from '../../../shared/domain/customer';
import type { Customer, CustomerField, CustomerInput } from '../../../shared/domain/customer';
import { parseOrRefuse, refusal } from '../commandResult';
import type { CommandResult } from '../commandResult';
import type { LiaisonDb } from '../db';
import { diffFields, pickFields } from '../fieldDiff';
import { customerLocalKeys, stripLocal, toCustomerRow } from '../rows';
import type { CustomerRow } from '../rows';
import { runCommand } from '../runCommand';

type ServicePointInput = NonNullable<CustomerInput['servicePoints']>[number];
/** Forms may omit service point ids: new service points get one here. */
const withServicePointIds = <T extends { servicePoints?: unknown }>(input: T, newId: () => string): T => {
  if (!Array.isArray(input.servicePoints)) return input;
  const servicePoints = input.servicePoints.map((sp: Partial<ServicePointInput>) => (sp && typeof sp === 'object' && !sp.id ? { ...sp, id: newId() } : sp));
  return { ...input, servicePoints };
};

export function createCustomer(db: LiaisonDb, input: CustomerInput): Promise<CommandResult<CustomerRow>> {
  return runCommand(db, [db.customers], async (s) => {
    const fields = parseOrRefuse(customerInputSchema, withServicePointIds(input, s.newId));
    const record: Customer = parseOrRefuse(customerSchema, {
      id: s.newId(), scopeId: s.profile.regionId, createdAt: s.at, updatedAt: s.at, updatedBy: s.profile.id, deletedAt: null, ...fields,
    });
    const row = toCustomerRow(record);
    await db.customers.add(row);
    s.record('customer', record.id, 'insert', record);
    return row;
  });
}

export async function loadLiveCustomer(db: LiaisonDb, id: string): Promise<CustomerRow> {
  const row = await db.customers.get(id);
  if (!row) throw refusal('This customer does not exist on this device');
  if (row.deletedAt !== null) throw refusal('This customer was deleted');
  return row;
}

/**
 * Changes some fields. `seen` (optional) holds the values the form showed before editing; they become
 * the mutation's base so the server can tell a stale edit from a fresh one.
 */
export function updateCustomer(
  db: LiaisonDb, id: string, patch: Partial<CustomerInput>, seen?: Partial<Pick<Customer, CustomerField>>,
): Promise<CommandResult<CustomerRow>> {
  return runCommand(db, [db.customers], async (s) => {
    const existing = await loadLiveCustomer(db, id);
    const before: Customer = stripLocal(existing, customerLocalKeys);
    const merged = { ...before, ...withServicePointIds(pickFields(patch, customerFields), s.newId), updatedAt: s.at, updatedBy: s.profile.id };
    const after: Customer = parseOrRefuse(customerSchema, merged);
    const diff = diffFields(before, after, customerFields, seen);
    if (!diff.changed) return existing;
    const row = toCustomerRow(after);
    await db.customers.put(row);
    s.record('customer', id, 'update', diff.patch, diff.base);
    return row;
  });
}

/** Soft delete: the record stays (as a tombstone for sync) and disappears from lists and search. */
export function deleteCustomer(db: LiaisonDb, id: string): Promise<CommandResult<CustomerRow>> {
  return runCommand(db, [db.customers], async (s) => {
    const existing = await loadLiveCustomer(db, id);
    const record: Customer = { ...stripLocal(existing, customerLocalKeys), deletedAt: s.at, updatedAt: s.at, updatedBy: s.profile.id };
    const row = toCustomerRow(record);
    await db.customers.put(row);
    s.record('customer', id, 'delete', { deletedAt: s.at }, { deletedAt: null });
    return row;
  });
}

// Customer reads for the directory. The list is computed from index keys only (sorted primary keys
// intersected with filter key sets), then just the visible page of records is loaded, so it stays
// fast at 50k customers. Use through useLiveQuery.
import type { CustomerTier, FacilityType } from '../../../shared/domain/customer';
import type { LiaisonDb } from '../db';
import { contactsOfCustomer } from '../contacts/queries';
import type { ContactRow, CustomerRow } from '../rows';

export interface CustomerFilters {
  tiers?: readonly CustomerTier[];
  facilityTypes?: readonly FacilityType[];
  serviceAreas?: readonly string[];
  assignedLiaisonId?: string;
  hasBackupGeneration?: boolean;
  /** Only customers not contacted in this many days (never contacted included). */
  notContactedInDays?: number;
}
export type CustomerSort = 'name' | 'tier' | 'lastContacted';

export interface CustomersPageQuery {
  filters?: CustomerFilters;
  /** name: A-Z; tier: life-safety first, then name; lastContacted: never/longest ago first. */
  sort?: CustomerSort;
  descending?: boolean;
  offset?: number;
  limit?: number;
  /** Reference time for `notContactedInDays` (defaults to now). */
  now?: number;
}

export interface CustomersPage {
  total: number;
  rows: CustomerRow[];
}

const DAY_MS = 86_400_000;
const sortIndex: Record<CustomerSort, string> = { name: 'nameKey', tier: '[tierRank+nameKey]', lastContacted: 'contactedKey' };

async function keysWhereAny(db: LiaisonDb, index: string, values: readonly (string | number)[]): Promise<Set<string>> {
  const lists = await Promise.all(values.map((v) => db.customers.where(index).equals(v).primaryKeys()));
  return new Set(lists.flat());
}

function filterKeySets(db: LiaisonDb, f: CustomerFilters, now: number): Promise<Set<string>>[] {
  const sets: Promise<Set<string>>[] = [];
  if (f.tiers) sets.push(keysWhereAny(db, 'tier', f.tiers));
  if (f.facilityTypes) sets.push(keysWhereAny(db, 'facilityType', f.facilityTypes));
  if (f.serviceAreas) sets.push(keysWhereAny(db, 'serviceAreas', f.serviceAreas));
  if (f.assignedLiaisonId !== undefined) sets.push(keysWhereAny(db, 'assignedLiaisonId', [f.assignedLiaisonId]));
  if (f.hasBackupGeneration !== undefined) sets.push(keysWhereAny(db, 'hasGenerator', [f.hasBackupGeneration ? 1 : 0]));
  if (f.notContactedInDays !== undefined) {
    const cutoff = new Date(now - f.notContactedInDays * DAY_MS).toISOString();
    sets.push(db.customers.where('contactedKey').below(cutoff).primaryKeys().then((keys) => new Set(keys)));
  }
  return sets;
}

/** Ids of the customers the filters let through, from index keys (null: no filter is set). */
export async function customerIdsMatching(db: LiaisonDb, filters: CustomerFilters, now = Date.now()): Promise<Set<string> | null> {
  const sets = await Promise.all(filterKeySets(db, filters, now));
  if (sets.length === 0) return null;
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets;
  return new Set([...smallest!].filter((id) => rest.every((set) => set.has(id))));
}

/** A sorted, filtered page of live (not deleted) customers and the total matching. */
export async function customersPage(db: LiaisonDb, q: CustomersPageQuery = {}): Promise<CustomersPage> {
  const { filters = {}, sort = 'name', descending = false, offset = 0, limit = 100, now = Date.now() } = q;
  return db.transaction('r', db.customers, async () => {
    const [ordered, deleted, ...sets] = await Promise.all([
      db.customers.orderBy(sortIndex[sort]).primaryKeys(),
      db.customers.orderBy('deletedAt').primaryKeys().then((keys) => new Set(keys)),
      ...filterKeySets(db, filters, now),
    ]);
    sets.sort((a, b) => a.size - b.size);
    const matching = ordered.filter((id) => !deleted.has(id) && sets.every((set) => set.has(id)));
    if (descending) matching.reverse();
    const pageIds = matching.slice(offset, offset + limit);
    const rows = await db.customers.bulkGet(pageIds);
    return { total: matching.length, rows: rows.filter((r): r is CustomerRow => r !== undefined) };
  });
}

export const customerById = (db: LiaisonDb, id: string): Promise<CustomerRow | undefined> => db.customers.get(id);

export async function customerWithContacts(db: LiaisonDb, id: string): Promise<{ customer: CustomerRow; contacts: ContactRow[] } | undefined> {
  const [customer, contacts] = await Promise.all([db.customers.get(id), contactsOfCustomer(db, id)]);
  return customer ? { customer, contacts } : undefined;
}

export interface CustomerFilterOptions {
  serviceAreas: string[];
  liaisons: { id: string; name: string }[];
}

/** Values for the directory's filter pickers, read from index keys. */
export async function customerFilterOptions(db: LiaisonDb): Promise<CustomerFilterOptions> {
  const [areas, liaisonIds] = await Promise.all([
    db.customers.orderBy('serviceAreas').uniqueKeys(),
    db.customers.orderBy('assignedLiaisonId').uniqueKeys(),
  ]);
  const liaisons = await Promise.all(
    liaisonIds.map(async (id) => {
      const row = await db.customers.where('assignedLiaisonId').equals(id).first();
      return { id: String(id), name: row?.assignedLiaisonName ?? String(id) };
    }),
  );
  return { serviceAreas: areas.map(String), liaisons: liaisons.sort((a, b) => a.name.localeCompare(b.name)) };
}

// Customer reads for the directory. The list is computed from index keys only (sorted primary keys
// intersected with filter key sets), then just the visible page of records is loaded, so it stays
// fast at 50k customers. Use through useLiveQuery.
import type { CustomerTier, FacilityType } from '../../../shared/domain/customer';
import type { LiaisonDb } from '../db';
import { contactsOfCustomer } from '../contacts/queries';
import type { ContactRow, CustomerRow, CustomerView } from '../rows';
import { withLastContacts } from './lastContacts';

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
  rows: CustomerView[];
}

const DAY_MS = 86_400_000;
const MAX_IDB_COUNT = 2 ** 32 - 1;
type SortIndex = 'nameKey' | '[tierRank+nameKey]';
const sortIndex: Record<Exclude<CustomerSort, 'lastContacted'>, SortIndex> = { name: 'nameKey', tier: '[tierRank+nameKey]' };

/** What the filters let through, as index key sets: in every `include` set and in no `exclude` set. */
interface FilterKeys {
  include: Set<string>[];
  exclude: Set<string>[];
}

async function keysWhereAny(db: LiaisonDb, index: string, values: readonly (string | number)[]): Promise<Set<string>> {
  const lists = await Promise.all(values.map((v) => db.customers.where(index).equals(v).primaryKeys()));
  return new Set(lists.flat());
}

async function filterKeys(db: LiaisonDb, f: CustomerFilters, now: number): Promise<FilterKeys | null> {
  const include: Promise<Set<string>>[] = [];
  if (f.tiers) include.push(keysWhereAny(db, 'tier', f.tiers));
  if (f.facilityTypes) include.push(keysWhereAny(db, 'facilityType', f.facilityTypes));
  if (f.serviceAreas) include.push(keysWhereAny(db, 'serviceAreas', f.serviceAreas));
  if (f.assignedLiaisonId !== undefined) include.push(keysWhereAny(db, 'assignedLiaisonId', [f.assignedLiaisonId]));
  if (f.hasBackupGeneration !== undefined) include.push(keysWhereAny(db, 'hasGenerator', [f.hasBackupGeneration ? 1 : 0]));
  // "Not contacted in N days" (never contacted included) = not among those contacted since the cutoff.
  const exclude: Promise<Set<string>>[] = [];
  if (f.notContactedInDays !== undefined) {
    const cutoff = new Date(now - f.notContactedInDays * DAY_MS).toISOString();
    exclude.push(db.lastContacts.where('at').aboveOrEqual(cutoff).primaryKeys().then((keys) => new Set(keys)));
  }
  if (include.length + exclude.length === 0) return null;
  const sets = await Promise.all([...include, ...exclude]);
  return { include: sets.slice(0, include.length).sort((a, b) => a.size - b.size), exclude: sets.slice(include.length) };
}

const passes = (keys: FilterKeys, id: string) => keys.include.every((set) => set.has(id)) && !keys.exclude.some((set) => set.has(id));

/** Live customer ids in list order: never contacted first (by name), then longest ago first. */
async function idsByLastContact(db: LiaisonDb): Promise<string[]> {
  const [byName, contacted] = await Promise.all([db.customers.orderBy('nameKey').primaryKeys(), db.lastContacts.orderBy('at').primaryKeys()]);
  const live = new Set(byName);
  const wasContacted = new Set(contacted);
  return [...byName.filter((id) => !wasContacted.has(id)), ...contacted.filter((id) => live.has(id))];
}

const liveIdsInOrder = (db: LiaisonDb, sort: CustomerSort): Promise<string[]> =>
  sort === 'lastContacted' ? idsByLastContact(db) : db.customers.orderBy(sortIndex[sort]).primaryKeys();

/** Ids of the customers the filters let through, from index keys (null: no filter is set). */
export async function customerIdsMatching(db: LiaisonDb, filters: CustomerFilters, now = Date.now()): Promise<Set<string> | null> {
  const keys = await filterKeys(db, filters, now);
  if (keys === null) return null;
  const [smallest, ...rest] = keys.include;
  const candidates = smallest ?? (await db.customers.orderBy('nameKey').primaryKeys());
  return new Set([...candidates].filter((id) => rest.every((set) => set.has(id)) && !keys.exclude.some((set) => set.has(id))));
}

export interface CustomersPageRows {
  rows: CustomerView[];
  /** The total matching, when it came with the rows (filtered, or by last contact); null: ask `liveCustomerCount`. */
  total: number | null;
}

/**
 * A sorted, filtered page of live (not deleted) customers. Unfiltered and by name or tier, it reads
 * only the page's keys (deleted customers are not in the sort indexes) and leaves the total to
 * `liveCustomerCount`: counting 50k index entries takes longer than the page, so a screen can show
 * the rows first.
 */
export async function customersPageRows(db: LiaisonDb, q: CustomersPageQuery = {}): Promise<CustomersPageRows> {
  const { filters = {}, sort = 'name', descending = false, offset = 0, limit = 100, now = Date.now() } = q;
  return db.transaction('r', db.customers, db.lastContacts, async () => {
    const keys = await filterKeys(db, filters, now);
    let total: number | null = null;
    let pageIds: string[];
    if (keys === null && sort !== 'lastContacted') {
      const ordered = db.customers.orderBy(sortIndex[sort]);
      // IndexedDB counts are unsigned 32-bit: "all" (e.g. Number.MAX_SAFE_INTEGER) must fit.
      pageIds = await (descending ? ordered.reverse() : ordered).offset(offset).limit(Math.min(limit, MAX_IDB_COUNT)).primaryKeys();
    } else {
      const matching = (await liveIdsInOrder(db, sort)).filter((id) => keys === null || passes(keys, id));
      if (descending) matching.reverse();
      total = matching.length;
      pageIds = matching.slice(offset, offset + limit);
    }
    const rows = (await db.customers.bulkGet(pageIds)).filter((r): r is CustomerRow => r !== undefined);
    return { rows: await withLastContacts(db, rows), total };
  });
}

/** How many live customers there are (from the name index, which lists only live ones). */
export const liveCustomerCount = (db: LiaisonDb): Promise<number> => db.customers.orderBy('nameKey').count();

/** A page of customers and the total matching (see `customersPageRows`). */
export async function customersPage(db: LiaisonDb, q: CustomersPageQuery = {}): Promise<CustomersPage> {
  return db.transaction('r', db.customers, db.lastContacts, async () => {
    const page = await customersPageRows(db, q);
    return { rows: page.rows, total: page.total ?? (await liveCustomerCount(db)) };
  });
}

export const customerById = (db: LiaisonDb, id: string): Promise<CustomerRow | undefined> => db.customers.get(id);

export async function customerWithContacts(db: LiaisonDb, id: string): Promise<{ customer: CustomerView; contacts: ContactRow[] } | undefined> {
  const [customer, contacts] = await Promise.all([db.customers.get(id), contactsOfCustomer(db, id)]);
  return customer ? { customer: (await withLastContacts(db, [customer]))[0]!, contacts } : undefined;
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

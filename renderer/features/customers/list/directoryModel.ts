// The directory list's pure logic: turning the UI filter state into the data layer's filters, applying
// the same filters to search hits (search is index-backed and returns a small ranked set), saying what
// a search matched, and which page window of a long sorted list the visible rows need.
import type { CustomerFilters } from '../../../data/customers/queries';
import type { CustomerView } from '../../../data/rows';
import type { SearchMatch } from '../../../data/search/searchDirectory';
import type { DirectoryFilters } from '../../../store/directorySlice';
import { facilityLabels, tierShortLabels } from '../customerLabels';

const DAY_MS = 86_400_000;

/** The data layer's filters for the UI state (empty choices mean "no filter"). */
export function toCustomerFilters(f: DirectoryFilters): CustomerFilters {
  return {
    ...(f.tiers.length > 0 && { tiers: f.tiers }),
    ...(f.facilityTypes.length > 0 && { facilityTypes: f.facilityTypes }),
    ...(f.serviceAreas.length > 0 && { serviceAreas: f.serviceAreas }),
    ...(f.assignedLiaisonId !== null && { assignedLiaisonId: f.assignedLiaisonId }),
    ...(f.backupGeneration !== 'any' && { hasBackupGeneration: f.backupGeneration === 'yes' }),
    ...(f.notContactedInDays !== null && { notContactedInDays: f.notContactedInDays }),
  };
}

/** How many filters are on (for the Filters button and the count line). */
export const activeFilterCount = (f: DirectoryFilters): number => Object.keys(toCustomerFilters(f)).length;

export interface ActiveFilter {
  key: string;
  label: string;
  /** The patch that removes just this filter. */
  remove: Partial<DirectoryFilters>;
}

/** One removable item per active filter value, in the order the panel shows them. */
export function describeActiveFilters(f: DirectoryFilters, liaisonName: (id: string) => string): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const tier of f.tiers) out.push({ key: `tier:${tier}`, label: tierShortLabels[tier], remove: { tiers: f.tiers.filter((t) => t !== tier) } });
  for (const type of f.facilityTypes) {
    out.push({ key: `facility:${type}`, label: facilityLabels[type], remove: { facilityTypes: f.facilityTypes.filter((t) => t !== type) } });
  }
  for (const area of f.serviceAreas) out.push({ key: `area:${area}`, label: area, remove: { serviceAreas: f.serviceAreas.filter((a) => a !== area) } });
  if (f.assignedLiaisonId !== null) {
    out.push({ key: 'liaison', label: `Liaison: ${liaisonName(f.assignedLiaisonId)}`, remove: { assignedLiaisonId: null } });
  }
  if (f.backupGeneration !== 'any') {
    out.push({ key: 'generator', label: f.backupGeneration === 'yes' ? 'Has generator' : 'No generator', remove: { backupGeneration: 'any' } });
  }
  if (f.notContactedInDays !== null) {
    out.push({ key: 'contacted', label: `Not contacted in ${f.notContactedInDays} d`, remove: { notContactedInDays: null } });
  }
  return out;
}

const customerFieldWords = { name: 'name', account: 'account number', address: 'address', feeder: 'feeder' } as const;

/** "name", "address", "contact: Maria Hernandez · phone". */
export function describeMatch(m: SearchMatch): string {
  return m.kind === 'customer' ? customerFieldWords[m.field] : `contact: ${m.contactName} · ${m.field}`;
}

/** The first two things that matched, and how many more. */
export function summarizeMatches(matches: readonly SearchMatch[]): string {
  const words = [...new Set(matches.map(describeMatch))];
  const shown = words.slice(0, 2).join(', ');
  return words.length > 2 ? `${shown} +${words.length - 2} more` : shown;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * The rows to load for visible rows `first..last`: whole pages, so small scrolls reuse the window and
 * only crossing a page boundary loads again.
 */
export function pageWindow(first: number, last: number, pageSize: number): PageWindow {
  const startPage = Math.floor(Math.max(0, first) / pageSize);
  const endPage = Math.floor(Math.max(first, last) / pageSize);
  return { offset: startPage * pageSize, limit: (endPage - startPage + 1) * pageSize };
}

/** "never", "today", "yesterday", "12 days ago", "3 months ago". */
export function formatLastContacted(at: string | null, now: number): string {
  if (at === null) return 'never';
  const days = Math.floor((now - Date.parse(at)) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** A check-in is overdue when the last contact is older than the customer's cadence (or never). */
export function isCheckInOverdue(c: Pick<CustomerView, 'lastContactedAt' | 'checkInCadenceDays'>, now: number): boolean {
  return c.lastContactedAt === null || now - Date.parse(c.lastContactedAt) > c.checkInCadenceDays * DAY_MS;
}

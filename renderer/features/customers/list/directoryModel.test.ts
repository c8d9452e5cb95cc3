import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../../../data/bulkLoad';
import { customerIdsMatching, customersPage } from '../../../data/customers/queries';
import { appendLogEntry } from '../../../data/log/commands';
import { customerRecord } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { toCustomerRow } from '../../../data/rows';
import { emptyDirectoryFilters } from '../../../store/directorySlice';
import type { DirectoryFilters } from '../../../store/directorySlice';
import {
  activeFilterCount, describeActiveFilters, describeMatch, formatLastContacted, isCheckInOverdue, pageWindow,
  summarizeMatches, toCustomerFilters,
} from './directoryModel';

const DAY = 86_400_000;
const filters = (o: Partial<DirectoryFilters>): DirectoryFilters => ({ ...emptyDirectoryFilters, ...o });

describe('directory model: filters', () => {
  it('turns empty UI choices into no filter at all', () => {
    expect(toCustomerFilters(emptyDirectoryFilters)).toEqual({});
    expect(activeFilterCount(emptyDirectoryFilters)).toBe(0);
  });

  it('maps every UI choice to the data layer filter', () => {
    const f = filters({
      tiers: ['life_safety'], facilityTypes: ['hospital', 'dialysis'], serviceAreas: ['Riverside'], assignedLiaisonId: 'u1',
      backupGeneration: 'no', notContactedInDays: 14,
    });
    expect(toCustomerFilters(f)).toEqual({
      tiers: ['life_safety'], facilityTypes: ['hospital', 'dialysis'], serviceAreas: ['Riverside'], assignedLiaisonId: 'u1',
      hasBackupGeneration: false, notContactedInDays: 14,
    });
    expect(activeFilterCount(f)).toBe(6);
    expect(toCustomerFilters(filters({ backupGeneration: 'yes' }))).toEqual({ hasBackupGeneration: true });
  });

  it('lists active filters, each with the patch that removes only it', () => {
    const f = filters({ tiers: ['life_safety', 'other'], assignedLiaisonId: 'u1', notContactedInDays: 7 });
    const active = describeActiveFilters(f, (id) => (id === 'u1' ? 'Dana Reyes' : id));
    expect(active.map((a) => a.label)).toEqual(['Life-safety', 'Other', 'Liaison: Dana Reyes', 'Not contacted in 7 d']);
    expect(active[0]!.remove).toEqual({ tiers: ['other'] });
    expect(active[2]!.remove).toEqual({ assignedLiaisonId: null });
  });

  it('lets a filtered search match exactly the customers customersPage lists for the same filters', async () => {
    const db = await createTestDb();
    const now = Date.now();
    const records = [
      customerRecord({ name: 'A hospital', tier: 'life_safety', facilityType: 'hospital', backupGeneration: { present: true, sizeKw: 500, fuelHours: 48, transferSwitch: 'automatic', status: 'operational' } }),
      customerRecord({ name: 'B water', tier: 'life_safety', facilityType: 'water', assignedLiaisonId: 'u1', assignedLiaisonName: 'Dana' }),
      customerRecord({ name: 'C mall', tier: 'major_commercial', facilityType: 'commercial', servicePoints: [{ id: 's', address: '1 Main', feeder: '', substation: '', serviceArea: 'Uplands' }] }),
      customerRecord({ name: 'D school', tier: 'other', facilityType: 'school', assignedLiaisonId: 'u1', assignedLiaisonName: 'Dana' }),
    ];
    await bulkLoad(db, 'customers', records);
    expectOk(await appendLogEntry(db, { customerId: records[1]!.id, channel: 'phone', direction: 'outbound', category: 'status_update', summary: 'Check-in', occurredAt: new Date(now - 2 * DAY).toISOString() }));
    expectOk(await appendLogEntry(db, { customerId: records[0]!.id, channel: 'phone', direction: 'outbound', category: 'status_update', summary: 'Check-in', occurredAt: new Date(now - 20 * DAY).toISOString() }));
    const cases: DirectoryFilters[] = [
      filters({ tiers: ['life_safety'] }),
      filters({ facilityTypes: ['school', 'commercial'] }),
      filters({ serviceAreas: ['Uplands'] }),
      filters({ assignedLiaisonId: 'u1' }),
      filters({ backupGeneration: 'yes' }),
      filters({ backupGeneration: 'no', tiers: ['life_safety'] }),
      filters({ notContactedInDays: 7 }),
      filters({ notContactedInDays: 14, tiers: ['life_safety'] }),
    ];
    for (const f of cases) {
      const q = toCustomerFilters(f);
      const fromDb = (await customersPage(db, { filters: q, now, limit: 10 })).rows.map((r) => r.name);
      const fromPage = (await customersPage(db, { filters: q, now, limit: 10 })).rows.map((r) => r.id);
      // What a filtered search may match: the same customers.
      expect([...(await customerIdsMatching(db, q, now))!].sort(), JSON.stringify(q)).toEqual(fromPage.sort());
      expect(fromDb.length, JSON.stringify(q)).toBeGreaterThan(0);
    }
  });
});

describe('directory model: search matches', () => {
  it('says which field or contact matched', () => {
    expect(describeMatch({ kind: 'customer', field: 'account' })).toBe('account number');
    expect(describeMatch({ kind: 'contact', contactId: 'c1', contactName: 'Maria Hernandez', field: 'phone' })).toBe('contact: Maria Hernandez · phone');
  });

  it('summarizes the first two matches and counts the rest', () => {
    const m = [
      { kind: 'customer', field: 'name' },
      { kind: 'contact', contactId: 'a', contactName: 'Ann Lee', field: 'name' },
      { kind: 'contact', contactId: 'b', contactName: 'Bo Lee', field: 'name' },
    ] as const;
    expect(summarizeMatches(m.slice(0, 1))).toBe('name');
    expect(summarizeMatches(m)).toBe('name, contact: Ann Lee · name +1 more');
  });
});

describe('directory model: paging and time', () => {
  it('loads whole pages around the visible rows', () => {
    expect(pageWindow(0, 12, 100)).toEqual({ offset: 0, limit: 100 });
    expect(pageWindow(95, 110, 100)).toEqual({ offset: 0, limit: 200 });
    expect(pageWindow(2037, 2050, 100)).toEqual({ offset: 2000, limit: 100 });
  });

  it('words the last contact and tells an overdue check-in', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    expect(formatLastContacted(null, now)).toBe('never');
    expect(formatLastContacted('2025-03-01T08:00:00Z', now)).toBe('today');
    expect(formatLastContacted('2025-02-28T08:00:00Z', now)).toBe('yesterday');
    expect(formatLastContacted('2025-02-17T12:00:00Z', now)).toBe('12 days ago');
    expect(formatLastContacted('2024-11-01T12:00:00Z', now)).toBe('4 months ago');
    const row = { ...toCustomerRow(customerRecord({ checkInCadenceDays: 7 })), lastContactedAt: '2025-02-17T12:00:00.000Z' };
    expect(isCheckInOverdue(row, now)).toBe(true);
    expect(isCheckInOverdue({ ...row, checkInCadenceDays: 30 }, now)).toBe(false);
    expect(isCheckInOverdue({ ...row, lastContactedAt: null }, now)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../bulkLoad';
import { appendLogEntry } from '../log/commands';
import { customerRecord, contactRecord } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { deleteCustomer } from './commands';
import { customerFilterOptions, customerIdsMatching, customersPage, customerWithContacts } from './queries';

const DAY = 86_400_000;

async function directory() {
  const db = await createTestDb();
  const customers = [
    customerRecord({ name: 'Zephyr Foods', tier: 'major_commercial', facilityType: 'commercial', assignedLiaisonId: 'u1', assignedLiaisonName: 'Dana' }),
    customerRecord({ name: 'acme Dialysis', tier: 'life_safety', facilityType: 'dialysis', backupGeneration: { present: true, sizeKw: 100, fuelHours: 24, transferSwitch: 'manual', status: 'operational' } }),
    customerRecord({ name: 'Bayview Water', tier: 'life_safety', facilityType: 'water', servicePoints: [{ id: 's', address: '1 Bay Rd', feeder: 'FDR-1', substation: 'Bay', serviceArea: 'North County' }] }),
    customerRecord({ name: 'City Hall', tier: 'critical_infrastructure', facilityType: 'government', assignedLiaisonId: 'u1', assignedLiaisonName: 'Dana' }),
    customerRecord({ name: 'Old Mill', tier: 'other', facilityType: 'other' }),
  ];
  expect((await bulkLoad(db, 'customers', customers)).rejected).toEqual([]);
  const [zephyr, acme, bayview, cityHall, oldMill] = customers;
  return { db, zephyr: zephyr!, acme: acme!, bayview: bayview!, cityHall: cityHall!, oldMill: oldMill! };
}

const names = (page: { rows: { name: string }[] }) => page.rows.map((r) => r.name);

describe('customer queries', () => {
  it('sorts by name (case-insensitive), by tier then name, and pages', async () => {
    const { db } = await directory();
    expect(names(await customersPage(db))).toEqual(['acme Dialysis', 'Bayview Water', 'City Hall', 'Old Mill', 'Zephyr Foods']);
    expect(names(await customersPage(db, { sort: 'tier' }))).toEqual(['acme Dialysis', 'Bayview Water', 'City Hall', 'Zephyr Foods', 'Old Mill']);
    expect(names(await customersPage(db, { sort: 'name', descending: true, offset: 1, limit: 2 }))).toEqual(['Old Mill', 'City Hall']);
    expect((await customersPage(db, { limit: 2 })).total).toBe(5);
  });

  it('filters by tier, facility type, service area, liaison and backup generation', async () => {
    const { db } = await directory();
    expect(names(await customersPage(db, { filters: { tiers: ['life_safety'] } }))).toEqual(['acme Dialysis', 'Bayview Water']);
    expect(names(await customersPage(db, { filters: { facilityTypes: ['government', 'other'] } }))).toEqual(['City Hall', 'Old Mill']);
    expect(names(await customersPage(db, { filters: { serviceAreas: ['North County'] } }))).toEqual(['Bayview Water']);
    expect(names(await customersPage(db, { filters: { assignedLiaisonId: 'u1' } }))).toEqual(['City Hall', 'Zephyr Foods']);
    expect(names(await customersPage(db, { filters: { hasBackupGeneration: true } }))).toEqual(['acme Dialysis']);
    expect(names(await customersPage(db, { filters: { hasBackupGeneration: false, tiers: ['life_safety', 'other'] } }))).toEqual(['Bayview Water', 'Old Mill']);
  });

  it('sorts and filters by last contacted, never-contacted first', async () => {
    const { db, acme, cityHall } = await directory();
    const now = Date.now();
    expectOk(await appendLogEntry(db, { customerId: acme.id, channel: 'phone', direction: 'outbound', category: 'status_update', summary: 'Check-in', occurredAt: new Date(now - 10 * DAY).toISOString() }));
    expectOk(await appendLogEntry(db, { customerId: cityHall.id, channel: 'phone', direction: 'outbound', category: 'status_update', summary: 'Check-in', occurredAt: new Date(now - 2 * DAY).toISOString() }));
    expectOk(await appendLogEntry(db, { customerId: cityHall.id, channel: 'other', direction: 'internal', category: 'status_update', summary: 'Internal note', occurredAt: new Date(now).toISOString() }));
    const sorted = await customersPage(db, { sort: 'lastContacted' });
    expect(names(sorted)).toEqual(['Bayview Water', 'Old Mill', 'Zephyr Foods', 'acme Dialysis', 'City Hall']);
    expect(names(await customersPage(db, { sort: 'lastContacted', descending: true, limit: 2 }))).toEqual(['City Hall', 'acme Dialysis']);
    expect((await customerWithContacts(db, cityHall.id))?.customer.lastContactedAt).toBe(new Date(now - 2 * DAY).toISOString());
    expect(sorted.rows.at(-1)!.lastContactedAt).toBe(new Date(now - 2 * DAY).toISOString());
    expect(names(await customersPage(db, { filters: { notContactedInDays: 7 }, now }))).toEqual(['acme Dialysis', 'Bayview Water', 'Old Mill', 'Zephyr Foods']);
    expect(names(await customersPage(db, { filters: { notContactedInDays: 7, tiers: ['life_safety'] }, now }))).toEqual(['acme Dialysis', 'Bayview Water']);
    const notRecent = await customerIdsMatching(db, { notContactedInDays: 7 }, now);
    expect(notRecent?.size).toBe(4);
    expect(notRecent?.has(cityHall.id)).toBe(false);
  });

  it('hides deleted customers', async () => {
    const { db, oldMill } = await directory();
    expectOk(await deleteCustomer(db, oldMill.id));
    expect(names(await customersPage(db))).not.toContain('Old Mill');
    expect((await customersPage(db)).total).toBe(4);
    expect(names(await customersPage(db, { sort: 'tier', descending: true, offset: 1, limit: 2 }))).toEqual(['City Hall', 'Bayview Water']);
    expect((await customersPage(db, { sort: 'lastContacted' })).total).toBe(4);
    expect(await customerIdsMatching(db, { notContactedInDays: 1 })).not.toContain(oldMill.id);
  });

  it('reads a customer with contacts in escalation order, and filter options', async () => {
    const { db, acme } = await directory();
    await bulkLoad(db, 'contacts', [
      contactRecord(acme.id, { name: 'Second', escalationOrder: 2 }),
      contactRecord(acme.id, { name: 'First', escalationOrder: 1 }),
      contactRecord(acme.id, { name: 'Gone', escalationOrder: 3, deletedAt: '2025-01-15T13:00:00.000Z' }),
    ]);
    const result = await customerWithContacts(db, acme.id);
    expect(result?.customer.name).toBe('acme Dialysis');
    expect(result?.contacts.map((c) => c.name)).toEqual(['First', 'Second']);
    expect(await customerFilterOptions(db)).toEqual({ serviceAreas: ['Lakeshore', 'North County'], liaisons: [{ id: 'u1', name: 'Dana' }] });
  });
});

// Outreach at scale: an event with 5,000 affected customers, half promised an ETR that a newer
// briefing moved for half of them. The numbers come out right and follow a logged call; how fast it
// is, is measured in Chromium by `npm run bench` (row "outreach"), not here.
import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishBriefing, saveBriefingDraft } from '../briefings/commands';
import type { LiaisonDb } from '../db';
import { activateEvent, createEvent } from '../events/commands';
import { appendLogEntry } from '../log/commands';
import { updateLocalProfile } from '../meta/commands';
import { toCustomerRow, toLogEntryRow } from '../rows';
import type { BriefingRow, EventRow } from '../rows';
import { briefingContent, customerRecord, eventInput, logRecord } from '../testing/builders';
import { createTestDb, expectOk } from '../testing/testDb';
import { dueCheckIns } from './checkIns';
import { eventOutreach } from './eventOutreach';

const CUSTOMERS = 5_000;
const AREAS = 20;
const HOUR = 3_600_000;
const tiers = ['life_safety', 'critical_infrastructure', 'major_commercial', 'other'] as const;

let db: LiaisonDb;
let event: EventRow;
let v2: BriefingRow;

describe(`outreach at ${CUSTOMERS.toLocaleString('en-US')} affected customers`, () => {
  beforeAll(async () => {
    db = await createTestDb({ name: 'Elena Vasquez', role: 'briefing_author' });
    event = expectOk(await createEvent(db, eventInput()));
    expectOk(await activateEvent(db, event.id));
    const areas = (etrShift: number) => Array.from({ length: AREAS }, (_, i) => ({
      serviceArea: `Area ${i}`, customersOut: 1000, etr: new Date(Date.now() + (6 + i + (i % 2 ? etrShift : 0)) * HOUR).toISOString(),
    }));
    const v1 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({ areas: areas(0) }))).id));
    const customers = Array.from({ length: CUSTOMERS }, (_, i) => customerRecord({
      id: uuidv7(), name: `Customer ${String(i).padStart(5, '0')}`, accountNumber: `A-${i}`, tier: tiers[i % 4]!,
      servicePoints: [{ id: 'sp-1', address: `${i} Main St`, feeder: '', substation: '', serviceArea: `Area ${i % AREAS}` }],
      backupGeneration: { present: i % 3 === 0, sizeKw: null, fuelHours: i % 3 === 0 ? (i % 40) : null, transferSwitch: 'none', status: 'operational' },
    }));
    await db.customers.bulkPut(customers.map((c) => ({ ...toCustomerRow(c), searchTokens: [] })));
    // A no-answer call to every customer, then an ETR given from v1 to half of them.
    const entries = customers.flatMap((c, i) => [
      logRecord({ eventId: event.id, customerId: c.id, contactOutcome: 'no_answer', occurredAt: new Date(Date.now() - 2 * HOUR).toISOString() }),
      ...(i % 4 < 2 ? [logRecord({
        eventId: event.id, customerId: c.id, contactOutcome: 'reached', category: 'etr_given', occurredAt: new Date(Date.now() - HOUR).toISOString(),
        etrGiven: { etr: v1.areas[i % AREAS]!.etr!, briefingId: v1.id, briefingVersion: 1 },
      })] : []),
    ]);
    await db.logEntries.bulkPut(entries.map(toLogEntryRow));
    // v2 moves every odd area's ETR by 3 h: half of the promises are owed a callback.
    v2 = expectOk(await publishBriefing(db, expectOk(await saveBriefingDraft(db, event.id, briefingContent({ areas: areas(3) }))).id));
    expectOk(await updateLocalProfile(db, { role: 'liaison' }));
  }, 240_000);

  it('computes outreach for every affected customer from indexed reads, and follows a logged call', async () => {
    const first = await eventOutreach(db, event.id, Date.now());
    expect(first.rows).toHaveLength(CUSTOMERS);
    expect(first.totals.callbacks).toBe(CUSTOMERS / 4);
    expect(first.totals.reached).toBe(CUSTOMERS / 2);
    expect(first.briefing?.id).toBe(v2.id);

    const called = first.rows.find((r) => r.progress !== 'reached')!;
    expectOk(await appendLogEntry(db, {
      customerId: called.customer.id, channel: 'phone', direction: 'outbound', contactOutcome: 'reached', category: 'status_update', summary: 'Reached.',
    }));
    const after = await eventOutreach(db, event.id, Date.now());
    expect(after.rows.find((r) => r.customer.id === called.customer.id)!.progress).toBe('reached');
    expect(after.totals.reached).toBe(CUSTOMERS / 2 + 1);

    const checkIns = await dueCheckIns(db, { now: Date.now(), timeZone: 'America/New_York' });
    expect(checkIns.length).toBeGreaterThan(0);
  }, 120_000);
});

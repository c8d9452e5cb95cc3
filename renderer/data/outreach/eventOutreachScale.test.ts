// A measurement the lead can run alone: outreach for an event with 5,000 affected customers over
// fake-indexeddb (`npx vitest run renderer/data/outreach/eventOutreachScale.test.ts`). It times the
// first computation, a recomputation after one more call is logged (what useLiveQuery does), the
// pure in-memory part, and the check-ins of the same 5,000 customers, and prints them as a table.
// The bounds are loose (a shared CI machine): they catch a per-customer query, not a slow laptop.
import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressByCustomer } from '../../../shared/outreach/contactProgress';
import { affectedAreaEtrs } from '../../../shared/outreach/customerEtr';
import { etrLedger } from '../../../shared/outreach/etrLedger';
import { rankOutreach } from '../../../shared/outreach/rankOutreach';
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
import { publishedVersionsOf } from './eventLedger';

const CUSTOMERS = 5_000;
const AREAS = 20;
const HOUR = 3_600_000;
const tiers = ['life_safety', 'critical_infrastructure', 'major_commercial', 'other'] as const;

let db: LiaisonDb;
let event: EventRow;
let v2: BriefingRow;

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

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

  it('computes, recomputes after a logged call, and lists check-ins without stalling', async () => {
    const [first, firstMs] = await timed(() => eventOutreach(db, event.id, Date.now()));
    const [, warmMs] = await timed(() => eventOutreach(db, event.id, Date.now()));
    expect(first.rows).toHaveLength(CUSTOMERS);
    expect(first.totals.callbacks).toBe(CUSTOMERS / 4);
    expect(first.totals.reached).toBe(CUSTOMERS / 2);

    const [, appendMs] = await timed(() => appendLogEntry(db, {
      customerId: first.rows[0]!.customer.id, channel: 'phone', direction: 'outbound', contactOutcome: 'reached', category: 'status_update', summary: 'Reached.',
    }));
    const [after, updateMs] = await timed(() => eventOutreach(db, event.id, Date.now()));
    expect(after.rows[0]!.progress).toBe('reached');

    const entries = await db.logEntries.toArray();
    const customers = await db.customers.toArray();
    const [, pureMs] = await timed(() => {
      const versions = publishedVersionsOf([v2]);
      rankOutreach({ customers, areaEtrs: affectedAreaEtrs(v2.areas), emergencies: new Set(), progress: progressByCustomer(entries), now: Date.now() });
      etrLedger({ entries, versions, serviceAreasOf: () => [] });
    });
    const timeZone = 'America/New_York';
    const [checkIns, checkInsMs] = await timed(() => dueCheckIns(db, { now: Date.now(), timeZone }));
    expect(checkIns.length).toBeGreaterThan(0);

    const table = {
      'eventOutreach, first': firstMs, 'eventOutreach, again': warmMs, 'appendLogEntry (one call)': appendMs,
      'eventOutreach after the call': updateMs, 'rules in memory (rank + progress + ledger)': pureMs, 'dueCheckIns (all customers)': checkInsMs,
    };
    console.table(Object.fromEntries(Object.entries(table).map(([k, ms]) => [k, { ms: Math.round(ms) }])));
    expect(updateMs).toBeLessThan(3_000);
    expect(pureMs).toBeLessThan(1_000);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { affectedAreaEtrs } from './customerEtr';
import { callbacksDue, etrLedger } from './etrLedger';
import type { PromiseEntry, PublishedVersion } from './etrLedger';

const H = 3_600_000;
const T0 = Date.parse('2025-01-15T12:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * H).toISOString();

/** Version `v`, issued at hour `v`, with Riverside's and Lakeshore's ETR (hour; null: none; undefined: area back). */
const version = (v: number, riverside: number | null | undefined, lakeshore?: number | null): PublishedVersion => ({
  version: v,
  issuedAt: at(v),
  areaEtrs: affectedAreaEtrs([
    ...(riverside === undefined ? [] : [{ serviceArea: 'Riverside', customersOut: 10, etr: riverside === null ? null : at(riverside) }]),
    ...(lakeshore === undefined ? [] : [{ serviceArea: 'Lakeshore', customersOut: 10, etr: lakeshore === null ? null : at(lakeshore) }]),
  ]),
});

let n = 0;
/** Customer `customerId` was told ETR hour `etr` at hour `when`, quoting briefing version `quoted`. */
const promise = (customerId: string, etr: number, quoted: number | null, when: number): PromiseEntry => ({
  id: `e-${String(n++).padStart(4, '0')}`, customerId, occurredAt: at(when), recordedAt: at(when),
  etrGiven: { etr: at(etr), briefingId: quoted === null ? null : `b-${quoted}`, briefingVersion: quoted },
});

const areas: Record<string, string[]> = { hospital: ['Riverside'], plant: ['Riverside'], mall: ['Lakeshore'], campus: ['Riverside', 'Lakeshore'] };
const ledger = (entries: PromiseEntry[], versions: PublishedVersion[]) => etrLedger({ entries, versions, serviceAreasOf: (id) => areas[id] });
const due = (entries: PromiseEntry[], versions: PublishedVersion[]) =>
  callbacksDue(ledger(entries, versions)).map((l) => [l.customerId, l.newEtr, l.newVersion]).sort();

describe('ETR callbacks', () => {
  it('queues a callback for exactly the customers promised an ETR that moved by more than 2 hours', () => {
    const promises = [promise('hospital', 20, 1, 1.5), promise('plant', 20, 1, 1.6), promise('mall', 30, 1, 1.7)];
    // v2: Riverside moves 3 h later, Lakeshore 2 h exactly (not more than 2 h): only Riverside's customers.
    expect(due(promises, [version(1, 20, 30), version(2, 23, 32)])).toEqual([['hospital', at(23), 2], ['plant', at(23), 2]]);
    // An earlier ETR is a move too.
    expect(due(promises, [version(1, 20, 30), version(2, 17.5, 30)])).toEqual([['hospital', at(17.5), 2], ['plant', at(17.5), 2]]);
    // Nothing moved more than 2 h: no callback.
    expect(due(promises, [version(1, 20, 30), version(2, 21, 28)])).toEqual([]);
  });

  it('queues one callback per customer over several versions, with the latest ETR', () => {
    const promises = [promise('hospital', 20, 1, 1.5)];
    const versions = [version(1, 20), version(2, 24), version(3, 26), version(4, 30)];
    expect(due(promises, versions)).toEqual([['hospital', at(30), 4]]);
    // Several promises to the same customer: only the latest one stands.
    const again = [promise('hospital', 20, 1, 1.5), promise('hospital', 20, 1, 1.8)];
    expect(due(again, versions)).toEqual([['hospital', at(30), 4]]);
  });

  it('drops the callback when the ETR moves back within 2 hours of the promise before anyone called', () => {
    const promises = [promise('hospital', 20, 1, 1.5)];
    expect(due(promises, [version(1, 20), version(2, 26)])).toHaveLength(1);
    expect(due(promises, [version(1, 20), version(2, 26), version(3, 21)])).toEqual([]);
  });

  it('closes the callback when the new ETR is logged, and queues a new one when it moves back', () => {
    const first = promise('hospital', 20, 1, 1.5);
    const callback = promise('hospital', 26, 2, 2.5);
    const versions = [version(1, 20), version(2, 26)];
    const lines = ledger([first, callback], versions);
    expect(callbacksDue(lines)).toEqual([]);
    expect(lines.map((l) => [l.entry.id, l.status])).toEqual([[callback.id, 'standing'], [first.id, 'called_back']]);
    expect(lines[1]!.supersededBy).toBe(callback);
    // v3 moves Riverside back to 20: the customer now holds 26, so they are owed one new callback.
    expect(due([first, callback], [...versions, version(3, 20)])).toEqual([['hospital', at(20), 3]]);
  });

  it('owes nothing for a briefing the promise already quoted, or for an area restored or without an ETR', () => {
    // Promised 26 from v2 although v2 says 20 (the liaison's own estimate): no newer version, no callback.
    expect(due([promise('hospital', 26, 2, 2.5)], [version(1, 26), version(2, 20)])).toEqual([]);
    // v2 drops Riverside (restored) or withdraws its ETR: nothing to call back about.
    expect(due([promise('hospital', 20, 1, 1.5)], [version(1, 20), version(2, undefined, 30)])).toEqual([]);
    expect(due([promise('hospital', 20, 1, 1.5)], [version(1, 20), version(2, null)])).toEqual([]);
  });

  it('bases a promise given without a briefing on the latest version issued before it', () => {
    const own = promise('hospital', 20, null, 1.5); // after v1 (hour 1), before v2 (hour 2)
    expect(due([own], [version(1, 26)])).toEqual([]);
    expect(due([own], [version(1, 26), version(2, 26)])).toEqual([['hospital', at(26), 2]]);
  });

  it('uses the latest ETR of a customer in several areas', () => {
    const promises = [promise('campus', 30, 1, 1.5)];
    expect(due(promises, [version(1, 20, 30), version(2, 29, 31)])).toEqual([]);
    expect(due(promises, [version(1, 20, 30), version(2, 20, 33)])).toEqual([['campus', at(33), 2]]);
  });

  it('lists every promise newest first, superseded ones included', () => {
    const a = promise('hospital', 20, 1, 1.5);
    const b = promise('mall', 30, 1, 1.6);
    const c = promise('hospital', 21, 1, 1.7);
    expect(ledger([a, b, c], [version(1, 20, 30)]).map((l) => [l.entry.id, l.status])).toEqual([
      [c.id, 'standing'], [b.id, 'standing'], [a.id, 'superseded'],
    ]);
  });
});

// The ETR ledger of one event and the callbacks it owes, DERIVED from synced data (log entries and
// published briefings) rather than stored, so every replica computes the same callbacks and none can be
// queued twice. The rules:
// - A promise is a log entry of the event (corrections applied) that gives a customer an ETR
//   (`etrGiven`). A customer's standing promise is its latest one (occurredAt, then recordedAt, then id);
//   every earlier one is superseded by the next.
// - A promise is based on the briefing version it quotes; one given without a briefing is based on the
//   latest version issued at or before it was given (0 if none).
// - A callback is due when the standing promise's ETR differs by MORE than 2 hours from the customer's
//   ETR in the current (latest published) briefing, and that briefing is newer than the promise's base.
//   The customer's ETR is the latest ETR among its areas that are out (customerEtr.ts); an area that is
//   back, or has no ETR, moves nothing. So a move and a move back before anyone called queue nothing,
//   and several moves queue one callback per customer, showing the latest ETR.
// - A callback closes when a newer promise is logged for the customer (the callback call gives the new
//   ETR); a superseded promise whose successor moved the ETR by more than 2 hours is shown as called back.
import { customerEtr } from './customerEtr';
import type { AreaEtrs } from './customerEtr';

export const ETR_CALLBACK_THRESHOLD_MS = 2 * 3_600_000;

export interface PromiseEntry {
  id: string;
  customerId: string | null;
  occurredAt: string;
  recordedAt: string;
  etrGiven: { etr: string; briefingId: string | null; briefingVersion: number | null } | null;
}

export interface PublishedVersion {
  version: number;
  issuedAt: string | null;
  areaEtrs: AreaEtrs;
}

export type PromiseStatus = 'standing' | 'callback_due' | 'called_back' | 'superseded';

export interface LedgerLine<E extends PromiseEntry = PromiseEntry> {
  entry: E;
  customerId: string;
  etr: string;
  /** The briefing version the promise quoted (null: the liaison's own estimate). */
  quotedVersion: number | null;
  status: PromiseStatus;
  /** callback_due: the ETR to give now and the version it comes from. */
  newEtr: string | null;
  newVersion: number | null;
  /** The later promise that superseded this one. */
  supersededBy: E | null;
}

export interface LedgerInput<E extends PromiseEntry> {
  entries: Iterable<E>;
  /** Published (and superseded) versions of the event; the highest is the current one. */
  versions: readonly PublishedVersion[];
  serviceAreasOf: (customerId: string) => readonly string[] | undefined;
}

const promiseOrder = (a: PromiseEntry, b: PromiseEntry) =>
  a.occurredAt.localeCompare(b.occurredAt) || a.recordedAt.localeCompare(b.recordedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const movedTooFar = (promised: string, now: string | null) =>
  now !== null && Math.abs(Date.parse(now) - Date.parse(promised)) > ETR_CALLBACK_THRESHOLD_MS;

function baseVersion(e: PromiseEntry, versions: readonly PublishedVersion[]): number {
  if (e.etrGiven!.briefingVersion !== null) return e.etrGiven!.briefingVersion;
  return Math.max(0, ...versions.filter((v) => v.issuedAt !== null && v.issuedAt <= e.occurredAt).map((v) => v.version));
}

/** Every promise of the event, newest first, with its status. */
export function etrLedger<E extends PromiseEntry>(input: LedgerInput<E>): LedgerLine<E>[] {
  const current = input.versions.reduce<PublishedVersion | null>((a, v) => (a === null || v.version > a.version ? v : a), null);
  const byCustomer = new Map<string, E[]>();
  for (const e of input.entries) {
    if (e.customerId === null || e.etrGiven === null) continue;
    const list = byCustomer.get(e.customerId);
    if (list) list.push(e);
    else byCustomer.set(e.customerId, [e]);
  }
  const lines: LedgerLine<E>[] = [];
  for (const [customerId, promises] of byCustomer) {
    promises.sort(promiseOrder);
    const areas = input.serviceAreasOf(customerId) ?? [];
    promises.forEach((entry, i) => {
      const etr = entry.etrGiven!.etr;
      const next = promises[i + 1] ?? null;
      const line: LedgerLine<E> = {
        entry, customerId, etr, quotedVersion: entry.etrGiven!.briefingVersion, status: 'standing', newEtr: null, newVersion: null, supersededBy: next,
      };
      if (next) {
        line.status = movedTooFar(etr, next.etrGiven!.etr) && baseVersion(next, input.versions) > baseVersion(entry, input.versions) ? 'called_back' : 'superseded';
      } else if (current && current.version > baseVersion(entry, input.versions)) {
        const now = customerEtr(areas, current.areaEtrs).etr;
        if (movedTooFar(etr, now)) Object.assign(line, { status: 'callback_due', newEtr: now, newVersion: current.version });
      }
      lines.push(line);
    });
  }
  return lines.sort((a, b) => promiseOrder(b.entry, a.entry));
}

/** The callbacks due (one per customer at most), from a ledger. */
export const callbacksDue = <E extends PromiseEntry>(ledger: readonly LedgerLine<E>[]): LedgerLine<E>[] =>
  ledger.filter((l) => l.status === 'callback_due');

// A day of liaison log for the demo storm (calls, requests, commitments, ETRs quoted from the
// briefing in force, life-safety reports, follow-ups with some closed and some overdue, one
// correction), plus routine check-ins before the storm and a few entries from a past event.
import type { Briefing, PersonRef } from '../domain/briefing';
import type { Contact } from '../domain/contact';
import type { Customer } from '../domain/customer';
import type { Event } from '../domain/event';
import type { LifeSafetyKind, LogCategory, LogEntry } from '../domain/logEntry';
import { operationalPeriodAt } from '../domain/operationalPeriods';
import type { Random } from './random';
import { briefingAt } from './stormBriefings';
import { liaisons } from './vocabulary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

export interface LogPlan {
  rng: Random;
  nowMs: number;
  regionId: string;
  me: PersonRef;
  storm: Event;
  pastEvent: Event;
  briefings: readonly Briefing[];
  customers: readonly Customer[];
  contactsByCustomer: ReadonlyMap<string, Contact[]>;
  stormEntries: number;
  checkIns: number;
}

const emergencies: [LifeSafetyKind, string][] = [
  ['live_wire', 'Downed line across the main entrance drive; 911 notified, area taped off.'],
  ['fire', 'Transformer fire reported at the service entrance; fire department on scene.'],
  ['property_damage', 'Tree on the service drop; building damage reported, no injuries.'],
  ['live_wire', 'Line arcing on the parking lot pole; staff keeping people away, 911 called.'],
];
const statusLines = [
  'Running on generator; site reports no immediate needs.', 'Confirmed generator operational, fuel delivery scheduled.',
  'Power restored; site confirmed all systems normal.', 'Site on generator; asked for updated ETR.',
  'Shared the latest briefing numbers with county officials.', 'No answer on 24/7 line; left voicemail.',
];
const requestLines = [
  'Requests restoration priority for the pumps before reservoir levels drop.', 'Requests fuel delivery priority for backup generator.',
  'County EOC asks for the list of dialysis centers still without power.', 'Requests a crew to clear a tree blocking the ambulance bay.',
];
const commitmentLines = [
  'Committed to call back with an updated ETR after the next briefing.', 'Will confirm crew assignment to the feeder by noon.',
  'Will check whether the site can be fed from an alternate circuit.',
];

export function generateLog(p: LogPlan): LogEntry[] {
  const { rng, nowMs, me } = p;
  const authors: PersonRef[] = [me, me, ...liaisons.slice(0, 4)];
  const critical = p.customers.filter((c) => c.tier === 'life_safety' || c.tier === 'critical_infrastructure');
  const affected = critical.filter((c) => c.servicePoints.some((sp) => p.storm.affectedServiceAreas.includes(sp.serviceArea)));
  const pool = affected.length > 0 ? affected : p.customers;
  const entries: LogEntry[] = [];

  const push = (event: Event | null, occurredMs: number, author: PersonRef, fields: Partial<LogEntry> & Pick<LogEntry, 'category' | 'summary'>) => {
    const recordedMs = Math.min(nowMs, occurredMs + rng.int(0, 15) * MINUTE);
    const entry: LogEntry = {
      id: rng.uuid(recordedMs), scopeId: event?.id ?? p.regionId, createdAt: iso(recordedMs), updatedAt: iso(recordedMs),
      updatedBy: author.id, deletedAt: null, eventId: event?.id ?? null,
      operationalPeriod: event ? operationalPeriodAt(event, occurredMs)?.number ?? null : null,
      authorId: author.id, authorName: author.name, occurredAt: iso(occurredMs), recordedAt: iso(recordedMs),
      customerId: null, contactId: null, channel: 'phone', direction: 'outbound', lifeSafety: null, significant: false,
      details: '', followUp: null, closesFollowUpOf: null, correctsId: null, etrGiven: null, contactOutcome: null, ...fields,
    };
    entries.push(entry);
    return entry;
  };
  const about = (c: Customer) => {
    const contact = p.contactsByCustomer.get(c.id)?.[0];
    return { customerId: c.id, contactId: contact?.id ?? null };
  };

  // Routine check-ins in the weeks before the storm (they set "last contacted").
  for (let i = 0; i < p.checkIns; i++) {
    const c = rng.pick(p.customers);
    push(null, nowMs - 2 * DAY - rng.int(0, 40 * 24) * HOUR, rng.pick(authors), {
      ...about(c), category: 'status_update', summary: 'Regular check-in: reviewed contacts and generator test log.',
    });
  }
  // The past planned outage.
  const pastStart = Date.parse(p.pastEvent.startedAt!);
  for (let i = 0; i < 8; i++) {
    const c = rng.pick(pool);
    push(p.pastEvent, pastStart - 2 * DAY + i * 6 * HOUR, rng.pick(authors), {
      ...about(c), category: 'status_update', summary: 'Notified of planned interruption; site will run on generator.',
    });
  }

  // The storm day.
  const startMs = Date.parse(p.storm.startedAt!);
  const times = Array.from({ length: p.stormEntries }, () => startMs + rng.int(0, Math.max(1, nowMs - startMs - 15 * MINUTE) / MINUTE) * MINUTE).sort((a, b) => a - b);
  const followUps: LogEntry[] = [];
  const emergencyEvery = Math.max(2, Math.floor(p.stormEntries / 4));
  times.forEach((ms, i) => {
    const c = rng.pick(pool);
    const author = rng.pick(authors);
    if (i % emergencyEvery === 1) {
      const [lifeSafety, summary] = emergencies[Math.floor(i / emergencyEvery) % emergencies.length]!;
      push(p.storm, ms, author, { ...about(c), channel: 'phone', direction: 'inbound', category: 'emergency_report', lifeSafety, significant: true, summary });
      return;
    }
    const briefing = briefingAt(p.briefings, ms);
    const area = briefing?.areas.find((a) => c.servicePoints.some((sp) => sp.serviceArea === a.serviceArea) && a.etr !== null);
    const roll = rng.next();
    let category: LogCategory = roll < 0.4 ? 'status_update' : roll < 0.55 ? 'request' : roll < 0.7 ? 'commitment' : 'etr_given';
    if (category === 'etr_given' && (!briefing || !area)) category = 'status_update';
    const summary = category === 'etr_given' && area && briefing
      ? `Gave ETR ${fmt(Date.parse(area.etr!))} for ${area.serviceArea} per briefing v${briefing.version}.`
      : rng.pick(category === 'request' ? requestLines : category === 'commitment' ? commitmentLines : statusLines);
    const entry = push(p.storm, ms, author, {
      ...about(c), category, summary, direction: category === 'request' ? 'inbound' : 'outbound',
      channel: rng.chance(0.1) ? 'eoc_meeting' : rng.chance(0.2) ? 'email' : 'phone',
      significant: category === 'request' && rng.chance(0.4),
      etrGiven: category === 'etr_given' && area && briefing ? { etr: area.etr!, briefingId: briefing.id, briefingVersion: briefing.version } : null,
      followUp: category === 'commitment' || (category === 'request' && rng.chance(0.5))
        ? { owner: author.name, dueAt: iso(ms + rng.int(1, 10) * HOUR) } : null,
    });
    if (entry.followUp) followUps.push(entry);
  });

  // Close about half of the follow-ups that came due; the rest stay open or become overdue.
  for (const original of followUps) {
    const dueMs = Date.parse(original.followUp!.dueAt);
    if (dueMs > nowMs || !rng.chance(0.5)) continue;
    const closeMs = Math.max(Date.parse(original.occurredAt) + 10 * MINUTE, dueMs - rng.int(0, 60) * MINUTE);
    push(p.storm, Math.min(closeMs, nowMs - 5 * MINUTE), rng.pick(authors), {
      customerId: original.customerId, contactId: original.contactId, category: 'status_update',
      summary: 'Called back as promised; site updated.', closesFollowUpOf: original.id,
    });
  }
  // One correction: an entry logged with the wrong time and summary.
  const wrong = entries.find((e) => e.eventId === p.storm.id && e.category === 'status_update' && e.closesFollowUpOf === null);
  if (wrong) {
    const occurredMs = Date.parse(wrong.occurredAt) - 20 * MINUTE;
    const { customerId, contactId, channel, direction, category, significant } = wrong;
    const corrected = push(p.storm, occurredMs, me, {
      customerId, contactId, channel, direction, category, significant, summary: `${wrong.summary} (Call was at ${fmt(occurredMs)}, not ${fmt(Date.parse(wrong.occurredAt))}.)`, correctsId: wrong.id,
    });
    const recordedMs = Math.min(nowMs, Date.parse(wrong.recordedAt) + 40 * MINUTE);
    Object.assign(corrected, { authorId: me.id, authorName: me.name, updatedBy: me.id, recordedAt: iso(recordedMs), createdAt: iso(recordedMs), updatedAt: iso(recordedMs) });
  }
  return entries;
}

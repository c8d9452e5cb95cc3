// The demo storm and its briefing history: four published versions whose areas, customer counts and
// ETRs move the way a real restoration does (new areas, ETRs pushed out, areas restored).
import type { Briefing, BriefingArea, PersonRef } from '../domain/briefing';
import type { BriefingAck } from '../domain/briefingAck';
import type { Event } from '../domain/event';
import type { Random } from './random';
import { liaisons } from './vocabulary';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

export const briefingAuthor: PersonRef = { id: 'user-author-01', name: 'Elena Vasquez' };

interface VersionPlan {
  atHours: number;
  affected: number;
  restored: number;
  areas: [area: string, out: number, etrHours: number | null, notes: string][];
  damage: string;
  crews: string;
  talkingPoints: string[];
}

const safety = ['Stay at least 35 feet away from downed lines and report them to 911.', 'Never run a generator indoors, in a garage or near windows.'];
const tp911 = 'Anyone in immediate danger, or on life support without backup, should call 911.';
const plans: VersionPlan[] = [
  {
    atHours: 2, affected: 84_200, restored: 12_000, damage: 'Assessment under way; wind gusts above 60 mph continue.',
    crews: '240 line crews and 60 tree crews mobilizing.',
    areas: [['North County', 32_400, null, 'Assessing'], ['Riverside', 18_900, null, 'Assessing'], ['Lakeshore', 21_700, null, 'Assessing']],
    talkingPoints: ['Crews are assessing damage; ETRs will be given in the next briefing.', tp911],
  },
  {
    atHours: 10, affected: 97_500, restored: 40_000, damage: 'About 250 broken poles and 700 spans of wire down so far.',
    crews: '280 line crews and 80 tree crews working.',
    areas: [['North County', 41_200, 40, 'Heavy tree damage'], ['Riverside', 16_300, 30, ''], ['Lakeshore', 19_800, 34, ''], ['Hill Country', 7_900, 44, 'Road access limited']],
    talkingPoints: ['Overall restoration is expected to take 2 to 3 days.', 'Life-safety customers are prioritized in every area.', tp911],
  },
  {
    atHours: 19, affected: 61_300, restored: 78_000, damage: '412 broken poles and 1,100 spans of wire down.',
    crews: '310 line crews and 95 tree crews, including mutual aid.',
    areas: [['North County', 27_000, 46, 'Transmission repair at Cedar Creek'], ['Riverside', 9_100, 30, ''], ['Lakeshore', 12_400, 32, ''], ['Hill Country', 6_200, 44, 'Road access limited']],
    talkingPoints: ['Overall restoration is expected to take 2 to 3 days.', 'Life-safety customers are prioritized in every area.', tp911],
  },
  {
    atHours: 28, affected: 38_900, restored: 101_000, damage: '455 broken poles and 1,240 spans of wire down; transmission line repaired.',
    crews: '340 line crews and 110 tree crews, including mutual aid from three states.',
    areas: [['North County', 21_300, 46, ''], ['Lakeshore', 8_100, 36, 'Flooded substation yard'], ['Hill Country', 4_700, 40, ''], ['East Valley', 4_800, 38, 'New outages from late gusts']],
    talkingPoints: ['Restoration of most customers is expected by tomorrow evening.', 'Mutual aid crews from three states have arrived.', 'Life-safety customers are prioritized in every area.', tp911],
  },
];

export interface StormPlan {
  storm: Event;
  pastEvent: Event;
  briefings: Briefing[];
  acks: BriefingAck[];
}

export function generateStorm(rng: Random, nowMs: number, regionId: string, me: PersonRef): StormPlan {
  const startedMs = Math.floor((nowMs - 30 * HOUR) / MINUTE) * MINUTE;
  const dayMs = Math.floor(startedMs / (24 * HOUR)) * 24 * HOUR;
  const firstStartMs = [dayMs + 18 * HOUR, dayMs + 6 * HOUR, dayMs - 6 * HOUR].find((ms) => ms <= startedMs) ?? startedMs;
  const created = iso(startedMs - 6 * HOUR);
  const storm: Event = {
    id: rng.uuid(startedMs - 6 * HOUR), scopeId: regionId, createdAt: created, updatedAt: iso(startedMs), updatedBy: me.id, deletedAt: null,
    name: 'Winter Storm Harlan', kind: 'storm', status: 'active', startedAt: iso(startedMs), endedAt: null,
    operationalPeriod: { lengthHours: 12, firstStartAt: iso(firstStartMs) },
    affectedServiceAreas: ['North County', 'Riverside', 'Lakeshore', 'Hill Country', 'East Valley'],
  };
  const pastStartMs = startedMs - 20 * 24 * HOUR;
  const pastEvent: Event = {
    id: rng.uuid(pastStartMs - 7 * 24 * HOUR), scopeId: regionId, createdAt: iso(pastStartMs - 7 * 24 * HOUR), updatedAt: iso(pastStartMs + 8 * HOUR),
    updatedBy: me.id, deletedAt: null, name: 'Cedar Creek Substation Maintenance', kind: 'planned_outage', status: 'closed',
    startedAt: iso(pastStartMs), endedAt: iso(pastStartMs + 8 * HOUR), operationalPeriod: { lengthHours: 8, firstStartAt: null },
    affectedServiceAreas: ['North County'],
  };
  const briefings: Briefing[] = [];
  const acks: BriefingAck[] = [];
  plans.forEach((plan, index) => {
    const issuedMs = startedMs + plan.atHours * HOUR;
    const areas: BriefingArea[] = plan.areas.map(([serviceArea, customersOut, etrHours, notes]) => ({
      serviceArea, customersOut, etr: etrHours === null ? null : iso(startedMs + etrHours * HOUR), notes,
    }));
    const latest = index === plans.length - 1;
    const briefing: Briefing = {
      id: rng.uuid(issuedMs - 40 * MINUTE), scopeId: storm.id, createdAt: iso(issuedMs - 40 * MINUTE), updatedAt: iso(latest ? issuedMs : startedMs + plans[index + 1]!.atHours * HOUR),
      updatedBy: briefingAuthor.id, deletedAt: null, eventId: storm.id, version: index + 1, status: latest ? 'published' : 'superseded',
      issuedAt: iso(issuedMs), issuedBy: briefingAuthor, asOf: iso(issuedMs - 30 * MINUTE),
      customersAffected: plan.affected, customersRestored: plan.restored, areas, damage: plan.damage, crews: plan.crews,
      safetyMessages: safety, talkingPoints: plan.talkingPoints, nextBriefingAt: iso(latest ? nowMs + 6 * HOUR : startedMs + plans[index + 1]!.atHours * HOUR),
    };
    briefings.push(briefing);
    const readers = [...liaisons.filter(() => rng.chance(latest ? 0.5 : 0.8)), ...(latest ? [] : [me])];
    for (const reader of readers) {
      const atMs = Math.min(nowMs - MINUTE, issuedMs + rng.int(5, 90) * MINUTE);
      acks.push({
        id: rng.uuid(atMs), scopeId: storm.id, createdAt: iso(atMs), updatedAt: iso(atMs), updatedBy: reader.id, deletedAt: null,
        briefingId: briefing.id, eventId: storm.id, version: briefing.version, userId: reader.id, userName: reader.name, at: iso(atMs),
      });
    }
  });
  return { storm, pastEvent, briefings, acks };
}

/** The published version in force at a time (null before the first). */
export const briefingAt = (briefings: readonly Briefing[], ms: number): Briefing | null =>
  briefings.filter((b) => b.issuedAt !== null && Date.parse(b.issuedAt) <= ms).at(-1) ?? null;

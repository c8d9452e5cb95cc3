// Deterministic demo and benchmark data for a utility's liaison desk. Same options, same data: ids
// included. `demo` (~300 customers) seeds a first run; `bench` (50k customers, 200k contacts) feeds
// the performance benchmarks. Pure: the caller passes `now`, nothing reads the clock.
import type { Briefing, PersonRef } from '../domain/briefing';
import type { BriefingAck } from '../domain/briefingAck';
import type { Contact } from '../domain/contact';
import type { Customer } from '../domain/customer';
import type { Event } from '../domain/event';
import type { LogEntry } from '../domain/logEntry';
import { generateDirectory } from './directory';
import { generateLog } from './liaisonLog';
import { createRandom } from './random';
import { generateStorm } from './stormBriefings';

export type DatasetSize = 'demo' | 'bench';

export interface DatasetOptions {
  /** Wall clock the data is relative to (the storm is "now"). */
  now: number;
  size?: DatasetSize;
  seed?: string;
  /** Scope of customers and events (the user's region). */
  regionId?: string;
  /** The local user: authors part of the log and has read an older briefing. */
  currentUser?: PersonRef;
}

export interface Dataset {
  customers: Customer[];
  contacts: Contact[];
  events: Event[];
  briefings: Briefing[];
  briefingAcks: BriefingAck[];
  logEntries: LogEntry[];
  /** The storm, for the device's active event. */
  activeEventId: string;
  /** The briefing version the current user last read (older than the latest, to show a diff). */
  lastReadBriefingVersion: number;
}

const DAY = 86_400_000;
const sizes = {
  demo: { customers: 300, contactsPerCustomer: 6, varyContacts: true, stormEntries: 70, checkIns: 90 },
  bench: { customers: 50_000, contactsPerCustomer: 4, varyContacts: false, stormEntries: 2_000, checkIns: 5_000 },
} as const;

export const demoUser: PersonRef = { id: 'user-local', name: 'Local User' };

export function generateDataset(options: DatasetOptions): Dataset {
  const size = sizes[options.size ?? 'demo'];
  const seed = options.seed ?? 'liaison-desk';
  const regionId = options.regionId ?? 'region-local';
  const me = options.currentUser ?? demoUser;
  const nowMs = options.now;
  const { customers, contacts } = generateDirectory(createRandom(`${seed}:directory`), {
    customers: size.customers,
    contactsPerCustomer: size.contactsPerCustomer,
    varyContacts: size.varyContacts,
    regionId,
    createdFromMs: nowMs - 400 * DAY,
    createdToMs: nowMs - 60 * DAY,
    createdBy: me.id,
  });
  const activity = createRandom(`${seed}:activity`);
  const { storm, pastEvent, briefings, acks } = generateStorm(activity, nowMs, regionId, me);
  const contactsByCustomer = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const list = contactsByCustomer.get(contact.customerId);
    if (list) list.push(contact);
    else contactsByCustomer.set(contact.customerId, [contact]);
  }
  const logEntries = generateLog({
    rng: activity, nowMs, regionId, me, storm, pastEvent, briefings, customers, contactsByCustomer,
    stormEntries: size.stormEntries, checkIns: size.checkIns,
  });
  return {
    customers, contacts, events: [storm, pastEvent], briefings, briefingAcks: acks, logEntries,
    activeEventId: storm.id, lastReadBriefingVersion: briefings.length - 1,
  };
}

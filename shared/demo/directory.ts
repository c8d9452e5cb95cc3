// The demo customer directory: customers with service points, generators and liaisons, and their
// contacts with fictitious phones (555-01xx) and emails.
import type { Contact } from '../domain/contact';
import type { Customer, ServicePoint } from '../domain/customer';
import { pickFacility } from './facilities';
import type { FacilityProfile } from './facilities';
import type { Random } from './random';
import { areaCodes, firstNames, lastNames, liaisons, serviceAreas, streetNames, streetSuffixes } from './vocabulary';

export interface DirectoryOptions {
  customers: number;
  /** Contacts per customer: exactly this many, or a random 1..max when `varyContacts`. */
  contactsPerCustomer: number;
  varyContacts: boolean;
  regionId: string;
  /** Creation time of the oldest record; records are spread after it. */
  createdFromMs: number;
  createdToMs: number;
  createdBy: string;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
const emailLocal = new Map([...firstNames, ...lastNames].map((n) => [n, slug(n)]));

/** Unique 10-digit account numbers: multiplying by a prime coprime to 9e9 permutes the range. */
function accountNumber(index: number): string {
  const digits = String(1_000_000_000 + ((index + 1) * 1_000_003) % 9_000_000_000);
  return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
}

export const demoPhone = (rng: Random) => `(${rng.pick(areaCodes)}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`;

function servicePoints(rng: Random, ids: () => string, areaIndex: number): ServicePoint[] {
  const area = serviceAreas[areaIndex] ?? serviceAreas[0]!;
  const count = rng.chance(0.15) ? 2 : 1;
  return Array.from({ length: count }, () => {
    const stationIndex = rng.int(0, area.substations.length - 1);
    return {
      id: ids(),
      address: `${rng.int(10, 9899)} ${rng.pick(streetNames)} ${rng.pick(streetSuffixes)}, ${rng.pick(area.towns)}`,
      feeder: `FDR-${(areaIndex + 1) * 1000 + stationIndex * 100 + rng.int(1, 40)}`,
      substation: `${area.substations[stationIndex]} Substation`,
      serviceArea: area.name,
    };
  });
}

function backup(rng: Random, f: FacilityProfile): Customer['backupGeneration'] {
  if (!rng.chance(f.generator.probability)) return { present: false, sizeKw: null, fuelHours: null, transferSwitch: 'none', status: 'unknown' };
  const roll = rng.next();
  return {
    present: true,
    sizeKw: Math.round(rng.int(f.generator.kw[0], f.generator.kw[1]) / 10) * 10,
    fuelHours: rng.int(f.generator.fuelHours[0], f.generator.fuelHours[1]),
    transferSwitch: rng.chance(0.75) ? 'automatic' : 'manual',
    status: roll < 0.8 ? 'operational' : roll < 0.9 ? 'degraded' : roll < 0.95 ? 'failed' : 'unknown',
  };
}

const cadence = { life_safety: 7, critical_infrastructure: 14, major_commercial: 30, other: 30 } as const;
const customerNotes = [
  'Generator load test every Tuesday 10:00.', 'Gate code is held by the security desk.',
  'Critical care unit on 3rd floor; life support equipment on site.', 'Prefers a call before any planned interruption.',
  'Fuel vendor contract: 24 h delivery guarantee.', 'Two independent feeds; automatic throw-over.', '',
];

export function generateDirectory(rng: Random, o: DirectoryOptions): { customers: Customer[]; contacts: Contact[] } {
  const customers: Customer[] = [];
  const contacts: Contact[] = [];
  const span = Math.max(1, o.createdToMs - o.createdFromMs);
  for (let i = 0; i < o.customers; i++) {
    const createdMs = o.createdFromMs + Math.floor((span * i) / o.customers);
    const at = new Date(createdMs).toISOString();
    const ids = () => rng.uuid(createdMs);
    const facility = pickFacility(rng);
    const areaIndex = rng.int(0, serviceAreas.length - 1);
    const town = rng.pick(serviceAreas[areaIndex]!.towns);
    const name = rng.pick(facility.names)(rng, town);
    const liaison = facility.tier === 'other' && rng.chance(0.7) ? null : rng.pick(liaisons);
    const customer: Customer = {
      id: ids(), scopeId: o.regionId, createdAt: at, updatedAt: at, updatedBy: o.createdBy, deletedAt: null,
      name,
      accountNumber: accountNumber(i),
      premiseId: `PR${String(4_000_000 + i * 7).padStart(7, '0')}`,
      tier: facility.tier,
      facilityType: facility.type,
      servicePoints: servicePoints(rng, ids, areaIndex),
      backupGeneration: backup(rng, facility),
      assignedLiaisonId: liaison?.id ?? null,
      assignedLiaisonName: liaison?.name ?? null,
      checkInCadenceDays: cadence[facility.tier],
      notes: rng.pick(customerNotes),
    };
    customers.push(customer);
    const domain = `${slug(name).slice(0, 24)}.${facility.tld}`;
    const count = o.varyContacts ? rng.int(1, o.contactsPerCustomer) : o.contactsPerCustomer;
    for (let order = 1; order <= count; order++) {
      const first = rng.pick(firstNames);
      const last = rng.pick(lastNames);
      const local = emailLocal.get(first)! + '.' + emailLocal.get(last)!;
      const phones = [{ label: order === 1 ? '24/7 desk' : 'Office', number: demoPhone(rng), available24x7: order === 1 }];
      if (rng.chance(0.6)) phones.push({ label: 'Cell', number: demoPhone(rng), available24x7: rng.chance(0.5) });
      contacts.push({
        id: ids(), scopeId: o.regionId, createdAt: at, updatedAt: at, updatedBy: o.createdBy, deletedAt: null,
        customerId: customer.id,
        name: `${first} ${last}`,
        role: rng.pick(facility.roles),
        phones,
        emails: rng.chance(0.85) ? [`${local}@${domain}`] : [],
        preferredChannel: rng.chance(0.8) ? 'phone' : 'sms',
        escalationOrder: order,
        notes: '',
      });
    }
  }
  return { customers, contacts };
}

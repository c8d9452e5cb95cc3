// Facility profiles for the demo directory: how each kind of customer is named, how likely it is to
// have backup generation and how big, and who the liaison talks to there.
import type { CustomerTier, FacilityType } from '../domain/customer';
import type { Random } from './random';
import { brands, counties, lastNames, saints } from './vocabulary';

export interface FacilityProfile {
  type: FacilityType;
  tier: CustomerTier;
  /** Relative frequency in the directory. */
  weight: number;
  /** Name patterns; one is picked per customer. */
  names: readonly ((rng: Random, town: string) => string)[];
  tld: 'org' | 'gov' | 'com' | 'net';
  generator: { probability: number; kw: [number, number]; fuelHours: [number, number] };
  roles: readonly string[];
}

const facilitiesRoles = ['Facilities Director', 'Chief Engineer', 'Emergency Manager', 'Security Desk (24/7)'];

export const facilityProfiles: readonly FacilityProfile[] = [
  {
    type: 'hospital', tier: 'life_safety', weight: 3, tld: 'org',
    names: [(_r, t) => `${t} Regional Medical Center`, (r, t) => `St. ${r.pick(saints)} Hospital ${t}`, (_r, t) => `${t} Community Hospital`, (_r, t) => `Mercy Hospital ${t}`, (_r, t) => `${t} Children's Hospital`],
    generator: { probability: 1, kw: [750, 4000], fuelHours: [48, 96] },
    roles: [...facilitiesRoles, 'House Supervisor (24/7)', 'Director of Plant Operations'],
  },
  {
    type: 'dialysis', tier: 'life_safety', weight: 3, tld: 'com',
    names: [(r, t) => `${r.pick(brands)} Kidney Care ${t}`],
    generator: { probability: 0.7, kw: [60, 250], fuelHours: [12, 48] },
    roles: ['Clinic Manager', 'Charge Nurse', 'Regional Operations Director'],
  },
  {
    type: 'psap_911', tier: 'life_safety', weight: 1, tld: 'gov',
    names: [(r) => `${r.pick(counties)} County 911 Communications`, (_r, t) => `${t} Emergency Communications Center`],
    generator: { probability: 1, kw: [150, 600], fuelHours: [72, 168] },
    roles: ['911 Director', 'Shift Supervisor (24/7)', 'Technical Services Manager'],
  },
  {
    type: 'water', tier: 'life_safety', weight: 2, tld: 'gov',
    names: [(_r, t) => `${t} Water Treatment Plant`, (r, t) => `${t} Booster Pump Station ${r.int(1, 9)}`, (_r, t) => `${t} Well Field`],
    generator: { probability: 0.85, kw: [200, 2500], fuelHours: [24, 72] },
    roles: ['Plant Superintendent', 'Chief Operator (24/7)', 'Utilities Director'],
  },
  {
    type: 'wastewater', tier: 'life_safety', weight: 2, tld: 'gov',
    names: [(_r, t) => `${t} Wastewater Treatment Facility`, (r, t) => `${t} Lift Station No. ${r.int(1, 30)}`],
    generator: { probability: 0.75, kw: [80, 1500], fuelHours: [24, 72] },
    roles: ['Plant Superintendent', 'Collections Supervisor', 'On-call Operator (24/7)'],
  },
  {
    type: 'shelter', tier: 'life_safety', weight: 1, tld: 'org',
    names: [(_r, t) => `${t} Community Center Shelter`],
    generator: { probability: 0.5, kw: [60, 300], fuelHours: [24, 48] },
    roles: ['Shelter Manager (Red Cross)', 'Building Manager', 'County Social Services Liaison'],
  },
  {
    type: 'nursing_home', tier: 'life_safety', weight: 3, tld: 'com',
    names: [(_r, t) => `${t} Senior Living`, (r) => `${r.pick(lastNames).replace("'", '')} Gardens Nursing Home`, (_r, t) => `${t} Care and Rehabilitation Center`],
    generator: { probability: 0.8, kw: [100, 600], fuelHours: [24, 72] },
    roles: ['Administrator', 'Director of Nursing (24/7)', 'Maintenance Supervisor'],
  },
  {
    type: 'telecom', tier: 'critical_infrastructure', weight: 2, tld: 'net',
    names: [(r, t) => `${r.pick(brands)} Communications ${t} Central Office`],
    generator: { probability: 0.9, kw: [100, 1000], fuelHours: [24, 96] },
    roles: ['Network Operations Center (24/7)', 'Field Operations Manager'],
  },
  {
    type: 'government', tier: 'critical_infrastructure', weight: 3, tld: 'gov',
    names: [(_r, t) => `${t} City Hall`, (r) => `${r.pick(counties)} County Courthouse`, (r) => `${r.pick(counties)} County Emergency Operations Center`, (_r, t) => `${t} Police Department`, (r, t) => `${t} Fire Station ${r.int(1, 12)}`],
    generator: { probability: 0.6, kw: [50, 500], fuelHours: [24, 72] },
    roles: ['Emergency Manager', 'Facilities Manager', 'City Administrator'],
  },
  {
    type: 'school', tier: 'other', weight: 3, tld: 'org',
    names: [(_r, t) => `${t} High School`, (_r, t) => `${t} Elementary School`, (_r, t) => `${t} Unified School District Office`],
    generator: { probability: 0.2, kw: [50, 300], fuelHours: [8, 24] },
    roles: ['Principal', 'Facilities Director', 'District Safety Officer'],
  },
  {
    type: 'commercial', tier: 'major_commercial', weight: 8, tld: 'com',
    names: [(r, t) => `${r.pick(brands)} Data Center ${t}`, (_r, t) => `${t} Mall`, (r) => `${r.pick(lastNames).replace("'", '')} Foods Distribution`, (r, t) => `${r.pick(brands)} Cold Storage ${t}`, (_r, t) => `${t} Grand Hotel`, (r) => `${r.pick(brands)} Office Park`],
    generator: { probability: 0.35, kw: [100, 3000], fuelHours: [8, 48] },
    roles: ['Property Manager', 'Chief Engineer', 'Operations Manager', 'Security Desk (24/7)'],
  },
  {
    type: 'industrial', tier: 'major_commercial', weight: 5, tld: 'com',
    names: [(r) => `${r.pick(lastNames).replace("'", '')} Manufacturing`, (_r, t) => `${t} Steel Works`, (r, t) => `${r.pick(brands)} Chemical Plant ${t}`, (r) => `${r.pick(brands)} Paper Mill`, (_r, t) => `${t} Bottling Plant`],
    generator: { probability: 0.3, kw: [200, 5000], fuelHours: [8, 48] },
    roles: ['Plant Manager', 'Maintenance Manager', 'EHS Manager', 'Control Room (24/7)'],
  },
  {
    type: 'other', tier: 'other', weight: 4, tld: 'org',
    names: [(_r, t) => `${t} Public Library`, (_r, t) => `${t} Golf Club`, (_r, t) => `First Church of ${t}`, (_r, t) => `${t} Recreation Center`],
    generator: { probability: 0.1, kw: [20, 150], fuelHours: [8, 24] },
    roles: ['Manager', 'Facilities Contact'],
  },
];

const totalWeight = facilityProfiles.reduce((sum, f) => sum + f.weight, 0);

export function pickFacility(rng: Random): FacilityProfile {
  let roll = rng.next() * totalWeight;
  for (const profile of facilityProfiles) {
    roll -= profile.weight;
    if (roll < 0) return profile;
  }
  return facilityProfiles[facilityProfiles.length - 1] as FacilityProfile;
}

// The words a spreadsheet uses for the directory's coded values. Export writes the label; import reads
// the label, the code itself, or a common synonym, ignoring case, spaces and punctuation, so a file
// exported here (or typed by a person) comes back as the same value.
import { contactChannels } from '../domain/contact';
import type { ContactChannel } from '../domain/contact';
import { customerTiers, facilityTypes, generatorStatuses, transferSwitchKinds } from '../domain/customer';
import type { CustomerTier, FacilityType } from '../domain/customer';

type TransferSwitch = (typeof transferSwitchKinds)[number];
type GeneratorStatus = (typeof generatorStatuses)[number];

export interface Vocabulary<K extends string> {
  codes: readonly K[];
  labels: Record<K, string>;
  /** Extra spellings people use, normalized like any cell (see `vocabularyKey`). */
  synonyms: Partial<Record<K, readonly string[]>>;
}

export const tierVocabulary: Vocabulary<CustomerTier> = {
  codes: customerTiers,
  labels: {
    life_safety: 'Life-safety critical',
    critical_infrastructure: 'Critical infrastructure',
    major_commercial: 'Major commercial',
    other: 'Other',
  },
  synonyms: {
    life_safety: ['life safety', 'life-safety', 'tier 1', '1'],
    critical_infrastructure: ['critical', 'critical infra', 'infrastructure', 'tier 2', '2'],
    major_commercial: ['major', 'commercial', 'major commercial/industrial', 'major commercial and industrial', 'tier 3', '3'],
    other: ['tier 4', '4', 'standard'],
  },
};

export const facilityVocabulary: Vocabulary<FacilityType> = {
  codes: facilityTypes,
  labels: {
    hospital: 'Hospital',
    dialysis: 'Dialysis center',
    psap_911: '911 / PSAP',
    water: 'Water treatment',
    wastewater: 'Wastewater',
    shelter: 'Shelter',
    nursing_home: 'Nursing home',
    telecom: 'Telecom',
    government: 'Government',
    school: 'School',
    commercial: 'Commercial',
    industrial: 'Industrial',
    other: 'Other',
  },
  synonyms: {
    dialysis: ['dialysis', 'dialysis centre', 'dialysis clinic'],
    psap_911: ['911', 'psap', '911 center', 'emergency communications', 'dispatch'],
    water: ['water', 'water plant', 'water utility'],
    wastewater: ['wastewater treatment', 'sewer', 'sewage'],
    nursing_home: ['long-term care', 'assisted living', 'care home'],
    telecom: ['telecommunications', 'telco'],
    government: ['gov', 'municipal'],
  },
};

export const channelVocabulary: Vocabulary<ContactChannel> = {
  codes: contactChannels,
  labels: { phone: 'Phone', sms: 'Text message', email: 'Email', radio: 'Radio', in_person: 'In person' },
  synonyms: { phone: ['call', 'telephone', 'voice'], sms: ['text', 'texting'], email: ['e-mail', 'mail'], in_person: ['in-person', 'visit', 'on site'] },
};

export const transferSwitchVocabulary: Vocabulary<TransferSwitch> = {
  codes: transferSwitchKinds,
  labels: { automatic: 'Automatic', manual: 'Manual', none: 'None' },
  synonyms: { automatic: ['ats', 'auto'], manual: ['mts'], none: ['no', 'n/a'] },
};

export const generatorStatusVocabulary: Vocabulary<GeneratorStatus> = {
  codes: generatorStatuses,
  labels: { operational: 'Operational', degraded: 'Degraded', failed: 'Failed', unknown: 'Unknown' },
  synonyms: { operational: ['ok', 'working', 'available'], failed: ['down', 'out of service'] },
};

/** Lowercase letters and digits only, so "Life-Safety  Critical" and "life_safety" compare equal. */
export const vocabularyKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const lookups = new WeakMap<Vocabulary<string>, Map<string, string>>();

/** The code a cell means, or null when it is none of the vocabulary's words. */
export function lookupCode<K extends string>(vocabulary: Vocabulary<K>, text: string): K | null {
  let lookup = lookups.get(vocabulary);
  if (!lookup) {
    lookup = new Map();
    for (const code of vocabulary.codes) {
      for (const word of [code, vocabulary.labels[code], ...(vocabulary.synonyms[code] ?? [])]) lookup.set(vocabularyKey(word), code);
    }
    lookups.set(vocabulary, lookup);
  }
  return (lookup.get(vocabularyKey(text)) as K | undefined) ?? null;
}

/** "Life-safety critical, Critical infrastructure, ..." for an error message. */
export const listLabels = <K extends string>(vocabulary: Vocabulary<K>): string =>
  vocabulary.codes.map((code) => vocabulary.labels[code]).join(', ');

// What a spreadsheet column can be imported as. One list drives the mapping guess, the mapping
// selects, the export's header row and the row conversion, so they always agree.

export const importFieldKeys = [
  'accountNumber', 'customerName', 'premiseId', 'tier', 'facilityType',
  'address', 'feeder', 'substation', 'serviceArea',
  'generator', 'generatorKw', 'fuelHours', 'transferSwitch', 'generatorStatus',
  'checkInCadenceDays', 'customerNotes',
  'contactName', 'role', 'phone', 'phone247', 'email', 'preferredChannel', 'escalationOrder', 'contactNotes',
] as const;
export type ImportFieldKey = (typeof importFieldKeys)[number];

export interface ImportField {
  key: ImportFieldKey;
  /** The column header export writes, and the name the mapping select shows. */
  label: string;
  group: 'customer' | 'contact';
  /** Several columns may feed it (their values are combined), e.g. "Office phone" and "Mobile". */
  multiple: boolean;
  /** Header spellings recognized by the mapping guess (compared after `headerKey`). */
  aliases: readonly string[];
}

const field = (key: ImportFieldKey, label: string, group: ImportField['group'], aliases: readonly string[], multiple = false): ImportField =>
  ({ key, label, group, multiple, aliases });

export const importFields: readonly ImportField[] = [
  field('accountNumber', 'Account #', 'customer', ['account', 'account number', 'account no', 'acct', 'acct number', 'account id', 'customer account', 'customer number']),
  field('customerName', 'Customer name', 'customer', ['customer', 'organization', 'organisation', 'company', 'facility', 'facility name', 'account name', 'customer name']),
  field('premiseId', 'Premise ID', 'customer', ['premise', 'premise number', 'premise id', 'premises id']),
  field('tier', 'Priority tier', 'customer', ['tier', 'priority', 'customer tier', 'priority tier', 'criticality']),
  field('facilityType', 'Facility type', 'customer', ['facility type', 'type', 'customer type', 'category', 'sector']),
  field('address', 'Address', 'customer', ['service address', 'street address', 'service point address', 'location', 'site address', 'premise address']),
  field('feeder', 'Feeder / circuit', 'customer', ['feeder', 'circuit', 'feeder circuit', 'feeder id']),
  field('substation', 'Substation', 'customer', ['sub', 'substation name']),
  field('serviceArea', 'Service area', 'customer', ['area', 'region', 'district', 'operating area', 'territory']),
  field('generator', 'Backup generator', 'customer', ['generator', 'backup generation', 'has generator', 'backup power', 'gen', 'standby generator']),
  field('generatorKw', 'Generator size (kW)', 'customer', ['generator kw', 'generator size', 'gen kw', 'gen size', 'kw', 'generator capacity']),
  field('fuelHours', 'Fuel hours', 'customer', ['fuel', 'fuel runtime', 'runtime hours', 'generator runtime', 'fuel on hand hours', 'hours of fuel']),
  field('transferSwitch', 'Transfer switch', 'customer', ['ats', 'transfer switch type']),
  field('generatorStatus', 'Generator status', 'customer', ['gen status']),
  field('checkInCadenceDays', 'Check-in cadence (days)', 'customer', ['check in cadence', 'cadence', 'check in days', 'check in interval', 'check in every']),
  field('customerNotes', 'Customer notes', 'customer', ['notes', 'customer comments', 'comments']),
  field('contactName', 'Contact name', 'contact', ['contact', 'contact person', 'name', 'full name', 'person']),
  field('role', 'Role', 'contact', ['title', 'job title', 'position', 'contact role', 'contact title']),
  field('phone', 'Phone', 'contact', ['phone number', 'telephone', 'tel', 'office phone', 'work phone', 'mobile', 'cell', 'cell phone', 'mobile phone', 'contact phone', 'desk phone'], true),
  field('phone247', '24/7 phone', 'contact', ['24 7 phone', '24x7 phone', '24 hour phone', '24hr phone', 'emergency phone', 'after hours phone', '24 7', '24x7'], true),
  field('email', 'Email', 'contact', ['e mail', 'email address', 'contact email', 'mail'], true),
  field('preferredChannel', 'Preferred channel', 'contact', ['channel', 'contact method', 'preferred contact', 'preferred contact method']),
  field('escalationOrder', 'Escalation order', 'contact', ['escalation', 'call order', 'escalation level', 'order']),
  field('contactNotes', 'Contact notes', 'contact', ['contact comments']),
];

export const importFieldByKey: Readonly<Record<ImportFieldKey, ImportField>> = Object.fromEntries(importFields.map((f) => [f.key, f])) as Record<ImportFieldKey, ImportField>;

export const customerFieldKeys = importFields.filter((f) => f.group === 'customer').map((f) => f.key);
export const contactFieldKeys = importFields.filter((f) => f.group === 'contact').map((f) => f.key);

/** The columns every import needs mapped. */
export const requiredImportFields: readonly ImportFieldKey[] = ['accountNumber', 'customerName', 'tier', 'facilityType'];

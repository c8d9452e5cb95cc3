// The CSV a user can start from: every column import reads, with one example customer and contact.
import Papa from 'papaparse';
import { importFields } from '../../../../shared/transfer/importFields';
import type { ImportFieldKey } from '../../../../shared/transfer/importFields';

const example: Record<ImportFieldKey, string> = {
  accountNumber: '3001-245-678', customerName: 'Mercy Regional Hospital', premiseId: 'PR4000001', tier: 'Life-safety critical',
  facilityType: 'Hospital', address: '1200 River Rd, Lakeport', feeder: 'FDR-2104', substation: 'Riverton Substation',
  serviceArea: 'Riverside', generator: 'Yes', generatorKw: '2000', fuelHours: '72', transferSwitch: 'Automatic',
  generatorStatus: 'Operational', checkInCadenceDays: '7', customerNotes: 'Generator load test every Tuesday 10:00.',
  contactName: 'María Hernández', role: 'Facilities Director', phone: 'Cell: (415) 555-0142', phone247: '(415) 555-0100',
  email: 'm.hernandez@mercyregional.org', preferredChannel: 'Phone', escalationOrder: '1', contactNotes: '',
};

export const importTemplateCsv = (): string =>
  `\uFEFF${Papa.unparse([importFields.map((f) => f.label), importFields.map((f) => example[f.key])], { quotes: true })}\r\n`;

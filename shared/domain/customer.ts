// A customer is an organization the utility serves (hospital, water plant, 911 center...), with its
// service points, backup generation and the liaison who owns the relationship.
import { z } from 'zod';
import { choice, optionalText, requiredText, syncedBaseShape, wholeNumber } from './base';

export const customerTiers = ['life_safety', 'critical_infrastructure', 'major_commercial', 'other'] as const;
export type CustomerTier = (typeof customerTiers)[number];
/** Priority order for sorting: life-safety customers first. */
export const tierRank: Record<CustomerTier, number> = {
  life_safety: 0,
  critical_infrastructure: 1,
  major_commercial: 2,
  other: 3,
};

export const facilityTypes = [
  'hospital', 'dialysis', 'psap_911', 'water', 'wastewater', 'shelter', 'nursing_home', 'telecom',
  'government', 'school', 'commercial', 'industrial', 'other',
] as const;
export type FacilityType = (typeof facilityTypes)[number];

export const transferSwitchKinds = ['automatic', 'manual', 'none'] as const;
export const generatorStatuses = ['operational', 'degraded', 'failed', 'unknown'] as const;

export const servicePointSchema = z.object({
  id: requiredText('Service point id', 64),
  address: requiredText('Service point address', 300),
  feeder: optionalText('Feeder / circuit', 60),
  substation: optionalText('Substation', 100),
  serviceArea: optionalText('Service area', 100),
});
export type ServicePoint = z.output<typeof servicePointSchema>;

const positiveOrNull = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, { error: `${label} cannot be negative` })
    .max(max, { error: `${label} must be at most ${max}` })
    .nullable()
    .default(null);

export const backupGenerationSchema = z.object({
  present: z.boolean({ error: 'Say whether backup generation is present' }).default(false),
  sizeKw: positiveOrNull('Generator size (kW)', 1_000_000),
  fuelHours: positiveOrNull('Fuel hours', 10_000),
  transferSwitch: choice(transferSwitchKinds, 'Transfer switch').default('none'),
  status: choice(generatorStatuses, 'Generator status').default('unknown'),
});
export type BackupGeneration = z.output<typeof backupGenerationSchema>;
export const noBackupGeneration: BackupGeneration = {
  present: false, sizeKw: null, fuelHours: null, transferSwitch: 'none', status: 'unknown',
};

/** The fields a person edits (create form, update patch). */
export const customerFieldsShape = {
  name: requiredText('Customer name', 200),
  accountNumber: requiredText('Account number', 40),
  premiseId: optionalText('Premise id', 40),
  tier: choice(customerTiers, 'Priority tier'),
  facilityType: choice(facilityTypes, 'Facility type'),
  servicePoints: z.array(servicePointSchema, { error: 'Service points must be a list' }).max(200).default([]),
  backupGeneration: backupGenerationSchema.default(noBackupGeneration),
  assignedLiaisonId: z.string().trim().min(1).max(100).nullable().default(null),
  assignedLiaisonName: z.string().trim().min(1).max(200).nullable().default(null),
  checkInCadenceDays: wholeNumber('Check-in cadence (days)', 1, 365).default(7),
  notes: optionalText('Notes', 5000),
};
export type CustomerField = keyof typeof customerFieldsShape;
export const customerFields = Object.keys(customerFieldsShape) as CustomerField[];

type CustomerLike = z.output<z.ZodObject<typeof customerFieldsShape>>;
const checkCustomer = (c: CustomerLike, ctx: z.RefinementCtx) => {
  if (c.assignedLiaisonId !== null && c.assignedLiaisonName === null) {
    ctx.addIssue({ code: 'custom', path: ['assignedLiaisonName'], message: 'The assigned liaison needs a name' });
  }
  const seen = new Set<string>();
  c.servicePoints.forEach((sp, i) => {
    if (seen.has(sp.id)) ctx.addIssue({ code: 'custom', path: ['servicePoints', i, 'id'], message: 'Service point ids must be unique' });
    seen.add(sp.id);
  });
};

/** Form input: new service points may come without an id (the create/update commands assign one). */
export const customerInputSchema = z
  .object({
    ...customerFieldsShape,
    servicePoints: z.array(servicePointSchema.extend({ id: servicePointSchema.shape.id.optional() })).max(200).default([]),
  })
  .superRefine((c, ctx) => checkCustomer({ ...c, servicePoints: c.servicePoints.filter((sp): sp is ServicePoint => sp.id !== undefined) }, ctx));
export type CustomerInput = z.input<typeof customerInputSchema>;

export const customerSchema = z.object({ ...syncedBaseShape, ...customerFieldsShape }).superRefine(checkCustomer);
export type Customer = z.output<typeof customerSchema>;


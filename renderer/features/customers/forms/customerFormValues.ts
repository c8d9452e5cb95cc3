// The customer form's values and their translation to the shared `customerInputSchema` input. The
// form validates with that schema (through Mantine's schemaResolver), so every message comes from
// shared/domain; empty number fields become null (optional) or stay '' (required: "... is required").
import { schemaResolver } from '@mantine/form';
import type { FormErrors } from '@mantine/form';
import { customerInputSchema, noBackupGeneration } from '../../../../shared/domain/customer';
import type { BackupGeneration, Customer, CustomerInput, CustomerTier, FacilityType } from '../../../../shared/domain/customer';

export interface ServicePointValues {
  /** '' for a service point added in this form (the command gives it an id). */
  id: string;
  address: string;
  feeder: string;
  substation: string;
  serviceArea: string;
}

export interface CustomerFormValues {
  name: string;
  accountNumber: string;
  premiseId: string;
  tier: CustomerTier | '';
  facilityType: FacilityType | '';
  servicePoints: ServicePointValues[];
  backupGeneration: {
    present: boolean;
    sizeKw: number | string;
    fuelHours: number | string;
    transferSwitch: BackupGeneration['transferSwitch'];
    status: BackupGeneration['status'];
  };
  /** '' = unassigned. */
  assignedLiaisonId: string;
  checkInCadenceDays: number | string;
  notes: string;
}

export const emptyServicePoint = (): ServicePointValues => ({ id: '', address: '', feeder: '', substation: '', serviceArea: '' });

export const emptyCustomerValues = (): CustomerFormValues => ({
  name: '',
  accountNumber: '',
  premiseId: '',
  tier: '',
  facilityType: '',
  servicePoints: [emptyServicePoint()],
  backupGeneration: { present: false, sizeKw: '', fuelHours: '', transferSwitch: 'none', status: 'unknown' },
  assignedLiaisonId: '',
  checkInCadenceDays: 7,
  notes: '',
});

export function customerValuesOf(c: Customer): CustomerFormValues {
  const g = c.backupGeneration;
  return {
    name: c.name,
    accountNumber: c.accountNumber,
    premiseId: c.premiseId,
    tier: c.tier,
    facilityType: c.facilityType,
    servicePoints: c.servicePoints.map((sp) => ({ ...sp })),
    backupGeneration: { present: g.present, sizeKw: g.sizeKw ?? '', fuelHours: g.fuelHours ?? '', transferSwitch: g.transferSwitch, status: g.status },
    assignedLiaisonId: c.assignedLiaisonId ?? '',
    checkInCadenceDays: c.checkInCadenceDays,
    notes: c.notes,
  };
}

/** '' means "not given": null for an optional number. Anything else goes to the schema as typed. */
const optionalNumber = (v: number | string): unknown => (v === '' ? null : v);

/**
 * The command input. `liaisonName` resolves the picked liaison's name (the schema wants both).
 * With no backup generation present, its details are cleared rather than kept out of sight.
 */
export function toCustomerInput(v: CustomerFormValues, liaisonName: (id: string) => string | null): CustomerInput {
  const g = v.backupGeneration;
  const input = {
    name: v.name,
    accountNumber: v.accountNumber,
    premiseId: v.premiseId,
    tier: v.tier,
    facilityType: v.facilityType,
    servicePoints: v.servicePoints.map(({ id, ...rest }) => (id ? { id, ...rest } : rest)),
    backupGeneration: g.present
      ? { present: true, sizeKw: optionalNumber(g.sizeKw), fuelHours: optionalNumber(g.fuelHours), transferSwitch: g.transferSwitch, status: g.status }
      : noBackupGeneration,
    assignedLiaisonId: v.assignedLiaisonId || null,
    assignedLiaisonName: v.assignedLiaisonId ? liaisonName(v.assignedLiaisonId) : null,
    checkInCadenceDays: v.checkInCadenceDays,
    notes: v.notes,
  };
  // The schema, not the type system, decides what is wrong with '' or a half-typed number.
  return input as CustomerInput;
}

/** Mantine `validate` for the customer form: the shared schema, with new service points given stand-in ids. */
export function customerFormValidator(liaisonName: (id: string) => string | null): (values: CustomerFormValues) => FormErrors {
  const resolve = schemaResolver(customerInputSchema, { sync: true });
  return (values) => {
    const input = toCustomerInput(values, liaisonName);
    const servicePoints = (input.servicePoints ?? []).map((sp, i) => ({ ...sp, id: sp.id ?? `new-${i}` }));
    const errors = resolve({ ...input, servicePoints });
    // The liaison picker sets both id and name; show a name problem on the picker.
    if (errors.assignedLiaisonName && !errors.assignedLiaisonId) errors.assignedLiaisonId = errors.assignedLiaisonName;
    delete errors.assignedLiaisonName;
    return errors;
  };
}

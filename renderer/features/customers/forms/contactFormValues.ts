// The contact form's values and their translation to the shared `contactInputSchema` input; the
// form validates with that schema so messages come from shared/domain.
import { schemaResolver } from '@mantine/form';
import type { FormErrors } from '@mantine/form';
import { contactInputSchema } from '../../../../shared/domain/contact';
import type { Contact, ContactChannel, ContactInput } from '../../../../shared/domain/contact';

export interface PhoneValues {
  label: string;
  number: string;
  available24x7: boolean;
}

export interface ContactFormValues {
  name: string;
  role: string;
  phones: PhoneValues[];
  emails: string[];
  preferredChannel: ContactChannel;
  notes: string;
}

/** A new contact starts with one phone answered 24/7: what a liaison most needs. */
export const emptyPhone = (available24x7 = false): PhoneValues => ({ label: '', number: '', available24x7 });

export const emptyContactValues = (): ContactFormValues => ({
  name: '',
  role: '',
  phones: [emptyPhone(true)],
  emails: [],
  preferredChannel: 'phone',
  notes: '',
});

export const contactValuesOf = (c: Contact): ContactFormValues => ({
  name: c.name,
  role: c.role,
  phones: c.phones.map((p) => ({ ...p })),
  emails: [...c.emails],
  preferredChannel: c.preferredChannel,
  notes: c.notes,
});

/** The fields a person edits (customer and escalation order are set elsewhere). */
export const toContactFields = (v: ContactFormValues) => ({
  name: v.name,
  role: v.role,
  phones: v.phones,
  emails: v.emails,
  preferredChannel: v.preferredChannel,
  notes: v.notes,
});

export const toContactInput = (v: ContactFormValues, customerId: string): ContactInput => ({ customerId, ...toContactFields(v) });

/** Mantine `validate` for the contact form, with the shared schema. */
export function contactFormValidator(customerId: string): (values: ContactFormValues) => FormErrors {
  const resolve = schemaResolver(contactInputSchema, { sync: true });
  return (values) => resolve(toContactInput(values, customerId));
}

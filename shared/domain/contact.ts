// A contact is a person at a customer: 24/7 phones, emails, preferred channel and their place in the
// customer's escalation order (1 = call first).
import { z } from 'zod';
import { choice, optionalText, recordId, requiredText, syncedBaseShape, wholeNumber } from './base';

export const contactChannels = ['phone', 'sms', 'email', 'radio', 'in_person'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const phoneSchema = z.object({
  label: optionalText('Phone label', 40),
  number: requiredText('Phone number', 40).refine((n) => n.replace(/\D/g, '').length >= 7, {
    error: 'Phone number needs at least 7 digits',
  }),
  available24x7: z.boolean({ error: 'Say whether the phone is answered 24/7' }).default(false),
});
export type Phone = z.output<typeof phoneSchema>;

export const contactFieldsShape = {
  customerId: recordId('Customer'),
  name: requiredText('Contact name', 200),
  role: optionalText('Role', 120),
  phones: z.array(phoneSchema).max(20, { error: 'At most 20 phone numbers' }).default([]),
  emails: z
    .array(z.email({ error: 'Email address is not valid' }).max(254))
    .max(20, { error: 'At most 20 email addresses' })
    .default([]),
  preferredChannel: choice(contactChannels, 'Preferred channel').default('phone'),
  escalationOrder: wholeNumber('Escalation order', 1, 10_000),
  notes: optionalText('Notes', 5000),
};
export type ContactField = keyof typeof contactFieldsShape;
export const contactFields = Object.keys(contactFieldsShape) as ContactField[];

type ContactLike = z.output<z.ZodObject<typeof contactFieldsShape>>;
const checkContact = (c: Pick<ContactLike, 'preferredChannel' | 'phones' | 'emails'>, ctx: z.RefinementCtx) => {
  if ((c.preferredChannel === 'phone' || c.preferredChannel === 'sms') && c.phones.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['phones'], message: `Preferred channel is ${c.preferredChannel === 'sms' ? 'SMS' : 'phone'} but no phone number is listed` });
  }
  if (c.preferredChannel === 'email' && c.emails.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['emails'], message: 'Preferred channel is email but no email address is listed' });
  }
};

/** Create form input; the escalation order defaults to the end of the customer's list. */
export const contactInputSchema = z
  .object({ ...contactFieldsShape, escalationOrder: contactFieldsShape.escalationOrder.optional() })
  .superRefine(checkContact);
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = z.object({ ...syncedBaseShape, ...contactFieldsShape }).superRefine(checkContact);
export type Contact = z.output<typeof contactSchema>;

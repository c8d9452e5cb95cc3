import { describe, expect, it } from 'vitest';
import { briefingSchema } from './briefing';
import { contactInputSchema } from './contact';
import { customerInputSchema } from './customer';
import { eventInputSchema } from './event';
import { toFieldIssues } from './fieldIssues';
import { logEntryInputSchema, logEntrySchema } from './logEntry';

const issuesOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error as Parameters<typeof toFieldIssues>[0]);
};

describe('domain validation messages', () => {
  it('explains missing and invalid customer fields', () => {
    expect(issuesOf(customerInputSchema, { name: '   ', tier: 'vip', facilityType: 'hospital' })).toEqual([
      { path: 'name', message: 'Customer name is required' },
      { path: 'accountNumber', message: 'Account number is required' },
      { path: 'tier', message: 'Choose a valid priority tier' },
    ]);
  });

  it('fills customer defaults', () => {
    const c = customerInputSchema.parse({ name: ' Mercy ', accountNumber: '1', tier: 'other', facilityType: 'other' });
    expect(c).toMatchObject({ name: 'Mercy', checkInCadenceDays: 7, servicePoints: [], notes: '', assignedLiaisonId: null });
    expect(c.backupGeneration).toEqual({ present: false, sizeKw: null, fuelHours: null, transferSwitch: 'none', status: 'unknown' });
  });

  it('checks contact phones, emails and preferred channel', () => {
    const issues = issuesOf(contactInputSchema, {
      customerId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', name: 'Ann', phones: [{ number: '555-12' }], emails: ['not-an-email'], preferredChannel: 'email',
    });
    expect(issues).toEqual([
      { path: 'phones.0.number', message: 'Phone number needs at least 7 digits' },
      { path: 'emails.0', message: 'Email address is not valid' },
    ]);
    expect(issuesOf(contactInputSchema, { customerId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', name: 'Ann', emails: ['a@b.org'], preferredChannel: 'email' })).toEqual([]);
    expect(issuesOf(contactInputSchema, { customerId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', name: 'Ann' })).toEqual([
      { path: 'phones', message: 'Preferred channel is phone but no phone number is listed' },
    ]);
  });

  it('requires a life-safety kind on emergency reports and the ETR on ETR entries', () => {
    const base = { channel: 'phone', direction: 'inbound', summary: '  Wire down  ' };
    expect(issuesOf(logEntryInputSchema, { ...base, category: 'emergency_report' })).toEqual([
      { path: 'lifeSafety', message: 'An emergency report needs a life-safety kind' },
    ]);
    expect(issuesOf(logEntryInputSchema, { ...base, category: 'etr_given' })).toEqual([{ path: 'etrGiven.etr', message: 'ETR given needs the ETR time' }]);
    expect(issuesOf(logEntryInputSchema, { ...base, category: 'etr_given', etrGiven: {} })).toEqual([{ path: 'etrGiven.etr', message: 'ETR given needs the ETR time' }]);
    expect(logEntryInputSchema.parse({ ...base, category: 'emergency_report', lifeSafety: 'live_wire' }).summary).toBe('Wire down');
  });

  it('accepts a call outcome only on an outbound entry with a customer', () => {
    const call = { channel: 'phone', direction: 'outbound', category: 'status_update', summary: 'No answer', customerId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b' };
    expect(logEntryInputSchema.parse({ ...call, contactOutcome: 'no_answer' }).contactOutcome).toBe('no_answer');
    expect(logEntryInputSchema.parse(call).contactOutcome).toBeNull();
    const problem = [{ path: 'contactOutcome', message: 'An outcome belongs to an outbound call to a customer' }];
    expect(issuesOf(logEntryInputSchema, { ...call, direction: 'inbound', contactOutcome: 'reached' })).toEqual(problem);
    expect(issuesOf(logEntryInputSchema, { ...call, customerId: null, contactOutcome: 'unreachable' })).toEqual(problem);
    expect(issuesOf(logEntryInputSchema, { ...call, contactOutcome: 'busy' })).toEqual([{ path: 'contactOutcome', message: 'Choose a valid outcome' }]);
  });

  it('requires a summary and limits its length', () => {
    const base = { channel: 'phone', direction: 'inbound', category: 'request' };
    expect(issuesOf(logEntryInputSchema, { ...base, summary: '   ' })).toEqual([{ path: 'summary', message: 'Summary is required' }]);
    expect(issuesOf(logEntryInputSchema, base)).toEqual([{ path: 'summary', message: 'Summary is required' }]);
    expect(issuesOf(logEntryInputSchema, { ...base, summary: 'x'.repeat(501) })).toEqual([{ path: 'summary', message: 'Summary must be at most 500 characters' }]);
  });

  it('refuses log entries dated after they were recorded', () => {
    const entry = {
      id: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', scopeId: 'r', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', updatedBy: 'u', deletedAt: null,
      eventId: null, operationalPeriod: null, authorId: 'u', authorName: 'U', occurredAt: '2025-01-01T01:00:00Z', recordedAt: '2025-01-01T00:00:00Z',
      channel: 'phone', direction: 'inbound', category: 'request', summary: 'x',
    };
    expect(issuesOf(logEntrySchema, entry)).toEqual([{ path: 'occurredAt', message: 'When it happened cannot be in the future' }]);
    expect(logEntrySchema.parse({ ...entry, occurredAt: '2024-12-31T19:00:00-05:00' }).occurredAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('checks events and briefings', () => {
    expect(issuesOf(eventInputSchema, { name: 'Storm', kind: 'storm', status: 'active' })).toEqual([
      { path: 'startedAt', message: 'An active event needs its start time' },
    ]);
    const briefing = {
      id: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', scopeId: 'e', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', updatedBy: 'u', deletedAt: null,
      eventId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5c', version: 1, status: 'published', asOf: '2025-01-01T00:00:00Z', customersAffected: 1, customersRestored: 0,
      areas: [{ serviceArea: 'North', customersOut: 1 }, { serviceArea: 'north ', customersOut: 2 }],
    };
    expect(issuesOf(briefingSchema, briefing)).toEqual([
      { path: 'areas.1.serviceArea', message: 'Service area north is listed twice' },
      { path: 'issuedAt', message: 'A published briefing needs its issue time and author' },
    ]);
  });
});

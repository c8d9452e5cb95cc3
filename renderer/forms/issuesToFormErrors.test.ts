import { describe, expect, it } from 'vitest';
import { issuesToFormErrors } from './issuesToFormErrors';

describe('issues as form errors', () => {
  it('puts the first message per path on its field and whole-command messages aside', () => {
    const issues = [
      { path: 'phones.0.number', message: 'Phone number needs at least 7 digits' },
      { path: 'phones.0.number', message: 'Phone number must be at most 40 characters' },
      { path: '', message: 'This customer was deleted' },
    ];
    expect(issuesToFormErrors(issues, 'Not saved')).toEqual({
      fields: { 'phones.0.number': 'Phone number needs at least 7 digits' },
      general: ['This customer was deleted'],
    });
  });

  it('maps paths to the fields that show them; paths no field shows are general', () => {
    const fieldOf = (path: string) => (path === 'etrGiven.etr' ? 'etr' : path.startsWith('summary') ? path : undefined);
    const issues = [
      { path: 'etrGiven.etr', message: 'ETR given needs the ETR time' },
      { path: 'customerId', message: 'Choose an existing customer' },
      { path: 'summary', message: 'Summary is required' },
    ];
    expect(issuesToFormErrors(issues, '', fieldOf)).toEqual({
      fields: { etr: 'ETR given needs the ETR time', summary: 'Summary is required' },
      general: ['Choose an existing customer'],
    });
  });

  it('gives the fallback when a refusal has no issues (a failed write)', () => {
    expect(issuesToFormErrors([], 'Could not save: quota exceeded')).toEqual({ fields: {}, general: ['Could not save: quota exceeded'] });
    expect(issuesToFormErrors([])).toEqual({ fields: {}, general: [] });
  });
});

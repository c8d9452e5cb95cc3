import { describe, expect, it } from 'vitest';
import { fieldLabel, formatValue } from './fieldValues';

describe('field values in words', () => {
  it('names fields', () => {
    expect(fieldLabel('phones')).toBe('Phone numbers');
    expect(fieldLabel('nextBriefingAt')).toBe('Next briefing at');
  });

  it('formats values people compare in a conflict', () => {
    expect(formatValue('role', '')).toBe('(empty)');
    expect(formatValue('tier', 'life_safety')).toBe('Life-safety critical');
    expect(formatValue('preferredChannel', 'sms')).toBe('Text message');
    expect(formatValue('phones', [{ label: 'Cell', number: '(415) 555-0142', available24x7: true }, { label: '', number: '555-0100', available24x7: false }]))
      .toBe('Cell (415) 555-0142 (24/7); 555-0100');
    expect(formatValue('emails', [])).toBe('(none)');
    expect(formatValue('backupGeneration', { present: true, sizeKw: 2000, fuelHours: 72, transferSwitch: 'automatic', status: 'operational' }))
      .toBe('2000 kW, 72 h of fuel, automatic transfer, Operational');
    expect(formatValue('escalationOrder', 2)).toBe('2');
  });
});

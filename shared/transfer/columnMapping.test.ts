import { describe, expect, it } from 'vitest';
import { guessMapping, headerKey, mappingProblems, remapColumn } from './columnMapping';
import { exportHeader } from './exportRows';
import { importFieldKeys } from './importFields';

describe('guessMapping', () => {
  it('recognizes the usual header names of a utility customer list', () => {
    const headers = [
      'Customer Name', 'Account #', 'Phone', '24/7 Phone', 'Email', 'Tier', 'Facility Type', 'Address', 'Feeder', 'Substation',
      'Service Area', 'Generator', 'Fuel Hours', 'Contact Name', 'Generator Size (kW)', 'Check-in Cadence (days)', 'Escalation Order',
    ];
    expect(guessMapping(headers)).toEqual([
      'customerName', 'accountNumber', 'phone', 'phone247', 'email', 'tier', 'facilityType', 'address', 'feeder', 'substation',
      'serviceArea', 'generator', 'fuelHours', 'contactName', 'generatorKw', 'checkInCadenceDays', 'escalationOrder',
    ]);
  });

  it('finds known phrases inside longer headers and ignores what it does not know', () => {
    expect(guessMapping(['Primary Contact Name', 'Cust. Account No.', 'Backup Generator (Y/N)', 'Favourite colour'])).toEqual([
      'contactName', 'accountNumber', 'generator', null,
    ]);
  });

  it('maps several phone columns to phones but a single-column field only once', () => {
    expect(guessMapping(['Office Phone', 'Mobile', 'Customer', 'Organization'])).toEqual(['phone', 'phone', 'customerName', null]);
  });

  it('reads a bare "Name" as the customer name when the file has no contact columns', () => {
    expect(guessMapping(['Name', 'Account', 'Tier'])).toEqual(['customerName', 'accountNumber', 'tier']);
    expect(guessMapping(['Customer', 'Name', 'Phone'])).toEqual(['customerName', 'contactName', 'phone']);
  });

  it('maps every column of its own export back to the same field', () => {
    const mapping = guessMapping(exportHeader);
    expect(mapping.slice(0, importFieldKeys.length)).toEqual([...importFieldKeys]);
    expect(mapping.slice(importFieldKeys.length)).toEqual([null, null]);
  });

  it('normalizes headers', () => {
    expect(headerKey('  Account #')).toBe('account number');
    expect(headerKey('24/7 Phone')).toBe('24 7 phone');
    expect(headerKey('Télé-phone')).toBe('tele phone');
  });
});

describe('remapColumn and mappingProblems', () => {
  it('moves a single-column field instead of mapping it twice', () => {
    expect(remapColumn(['customerName', 'accountNumber', null], 2, 'customerName')).toEqual([null, 'accountNumber', 'customerName']);
    expect(remapColumn(['phone', null], 1, 'phone')).toEqual(['phone', 'phone']);
    expect(remapColumn(['phone', 'email'], 1, null)).toEqual(['phone', null]);
  });

  it('asks for the required columns and refuses a single field on two columns', () => {
    expect(mappingProblems(['customerName', 'tier'])).toEqual(['Choose a column for Account #', 'Choose a column for Facility type']);
    expect(mappingProblems(['customerName', 'accountNumber', 'tier', 'facilityType', 'tier'])).toEqual([
      'Priority tier is chosen for 2 columns; keep one',
    ]);
    expect(mappingProblems(['customerName', 'accountNumber', 'tier', 'facilityType', 'phone', 'phone'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compactText, contactSearchTokens, customerSearchTokens, digitSuffixes, matchTerm, nameRuns, normalizeText, onlyDigits, parseSearchQuery, wordTokens,
} from './tokens';

describe('search tokens', () => {
  it('normalizes case and accents and drops apostrophes', () => {
    expect(normalizeText('Peña ÉCOLE')).toBe('pena ecole');
    expect(wordTokens("St. Mary's Regional Medical Center")).toEqual(['st', 'marys', 'regional', 'medical', 'center']);
    expect(compactText('FDR-1234')).toBe('fdr1234');
  });

  it('makes every digit suffix of 4+ digits', () => {
    expect(onlyDigits('+1 (415) 555-0142')).toBe('14155550142');
    expect(digitSuffixes('4155550142')).toEqual(['4155550142', '155550142', '55550142', '5550142', '550142', '50142', '0142']);
    expect(digitSuffixes('123')).toEqual([]);
  });

  it('indexes contact names, phone digits and emails', () => {
    const tokens = contactSearchTokens({
      name: 'María Hernández',
      phones: [{ label: 'Cell', number: '(415) 555-0142', available24x7: true }],
      emails: ['M.Hernandez@MercyHealth.org'],
    });
    expect(tokens).toContain('maria');
    expect(tokens).toContain('hernandez');
    expect(tokens).toContain('mariahernandez');
    expect(tokens).toContain('5550142');
    expect(tokens).toContain('m.hernandez@mercyhealth.org');
    expect(tokens.some((t) => t.startsWith('555-'))).toBe(false);
  });

  it('indexes customer names, account numbers, addresses and feeders', () => {
    const tokens = customerSearchTokens({
      name: 'Riverside Water Treatment Plant',
      accountNumber: '3001-245-678',
      premiseId: 'P-77812',
      servicePoints: [{ id: 'sp1', address: '1200 River Rd, Lakeport', feeder: 'FDR-1234', substation: 'Cedar Creek', serviceArea: 'North' }],
    });
    expect(tokens).toEqual(expect.arrayContaining(['riverside', 'water', '3001245678', '5678', 'p77812', 'river', 'lakeport', 'fdr1234', '1234']));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('runs the words of a name together from each word on', () => {
    expect(nameRuns(['st', 'marys', 'medical', 'center'])).toEqual(['stmarysmedicalcenter', 'marysmedicalcenter', 'medicalcenter']);
    expect(nameRuns(['cher'])).toEqual([]);
    expect(customerSearchTokens({ name: 'Harbor Water Plant', accountNumber: '1', premiseId: '2', servicePoints: [] }))
      .toEqual(expect.arrayContaining(['harborwaterplant', 'waterplant']));
  });

  it('parses queries into digit and word terms', () => {
    expect(parseSearchQuery('555-0142')).toEqual(['5550142']);
    expect(parseSearchQuery('(555) 0142')).toEqual(['555', '0142']);
    expect(parseSearchQuery('  Hern  mercy ')).toEqual(['hern', 'mercy']);
    expect(parseSearchQuery("o'brien")).toEqual(['obrien']);
    expect(parseSearchQuery('m.hernandez@mercy')).toEqual(['m.hernandez@mercy']);
    expect(parseSearchQuery('   ')).toEqual([]);
  });

  it('matches a term exactly or by prefix', () => {
    expect(matchTerm(['hernandez', 'maria'], 'hern')).toBe('prefix');
    expect(matchTerm(['hern', 'hernandez'], 'hern')).toBe('exact');
    expect(matchTerm(['maria'], 'hern')).toBeNull();
  });
});

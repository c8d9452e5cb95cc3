import { describe, expect, it } from 'vitest';
import { confirmLabel, readySentence } from './importSummary';
import type { ImportCheck } from './importSession';

const check = (o: Partial<ImportCheck>): ImportCheck => ({ rowCount: 0, customerCount: 0, contactCount: 0, skipped: [], examples: [], ...o });
const skipped = (invalid: number, existing: number) => [
  ...Array.from({ length: invalid }, (_, i) => ({ line: i + 2, reasons: ['bad'], kind: 'invalid' as const })),
  ...Array.from({ length: existing }, (_, i) => ({ line: i + 100, reasons: ['exists'], kind: 'existing' as const })),
];

describe('import confirmation', () => {
  it('says what will be imported and what skipped', () => {
    expect(confirmLabel(check({ customerCount: 1234, contactCount: 3456, skipped: skipped(7, 0) }))).toBe('Import 1,234 customers and 3,456 contacts; skip 7 bad rows');
    expect(confirmLabel(check({ customerCount: 1, contactCount: 1, skipped: skipped(1, 2) }))).toBe(
      'Import 1 customer and 1 contact; skip 1 bad row and 2 rows already in the directory',
    );
    expect(confirmLabel(check({ customerCount: 3, contactCount: 0 }))).toBe('Import 3 customers and 0 contacts');
  });

  it('summarizes the check', () => {
    expect(readySentence(check({ rowCount: 12, customerCount: 5, skipped: skipped(6, 0) }))).toBe('6 of 12 rows are ready; 6 will be skipped (see “Skipped rows”).');
    expect(readySentence(check({ rowCount: 1, customerCount: 1 }))).toBe('1 of 1 row is ready.');
    expect(readySentence(check({ rowCount: 12, customerCount: 0, skipped: skipped(12, 0) }))).toBe('None of the 12 rows can be imported. Fix the file or the column choices below.');
    expect(readySentence(check({ rowCount: 12, customerCount: 0, skipped: skipped(0, 12) }))).toBe('Every account in the file is already in the directory; there is nothing new to import.');
  });
});

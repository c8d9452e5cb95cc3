import { describe, expect, it } from 'vitest';
import { neutralizeCell, restoreNeutralizedCell, startsLikeFormula } from './neutralize';

describe('formula injection neutralization', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+1-555-0142'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('prefixes a single quote to %j', (value) => {
    expect(startsLikeFormula(value)).toBe(true);
    expect(neutralizeCell(value)).toBe(`'${value}`);
    expect(restoreNeutralizedCell(neutralizeCell(value))).toBe(value);
  });

  it.each([['Mercy Hospital'], ['(415) 555-0142'], [''], ['1+1'], ["'quoted"], [' =not first'], ['\n=line feed']])('leaves %j alone', (value) => {
    expect(neutralizeCell(value)).toBe(value);
    expect(restoreNeutralizedCell(value)).toBe(value);
  });

  it('removes only the quote it added', () => {
    expect(restoreNeutralizedCell("'+1 415 555 0142")).toBe('+1 415 555 0142');
    expect(restoreNeutralizedCell("'Tis the season")).toBe("'Tis the season");
    expect(restoreNeutralizedCell("''=1")).toBe("''=1");
  });
});

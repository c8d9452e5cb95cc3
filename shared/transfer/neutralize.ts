// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with = + - @ tab or CR
// can run as a formula when the file is opened in Excel or LibreOffice. Export prefixes such cells
// with a single quote, which the spreadsheet shows as text; import removes exactly that prefix again,
// so "+1 415 555 0142" survives a round trip.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export const startsLikeFormula = (value: string): boolean => value.length > 0 && FORMULA_TRIGGERS.has(value[0]!);

export const neutralizeCell = (value: string): string => (startsLikeFormula(value) ? `'${value}` : value);

/** Undoes `neutralizeCell`: only a quote followed by a formula trigger is removed. */
export const restoreNeutralizedCell = (value: string): string =>
  value.length > 1 && value[0] === "'" && startsLikeFormula(value.slice(1)) ? value.slice(1) : value;

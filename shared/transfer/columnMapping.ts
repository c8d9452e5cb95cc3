// Which file column feeds which field. The guess reads header names ("Account #", "24/7 Phone",
// "Generator Size (kW)"...): exact spellings first, then the longest known phrase inside a header;
// a column that matches nothing stays unmapped and the user picks in the preview.
import { importFieldByKey, importFields, requiredImportFields } from './importFields';
import type { ImportFieldKey } from './importFields';

/** One entry per file column: the field it imports into, or null (not imported). */
export type ColumnMapping = (ImportFieldKey | null)[];

/** "Account #" -> "account number", "24/7 Phone" -> "24 7 phone", "E-mail" -> "e mail". */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/\bno\./g, ' number ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const keysByField = importFields.map((f) => ({ field: f, keys: [...new Set([f.label, ...f.aliases].map(headerKey))] }));

function exactField(key: string): ImportFieldKey | null {
  for (const { field, keys } of keysByField) if (keys.includes(key)) return field.key;
  return null;
}

/** The field whose longest known phrase appears as whole words inside the header. */
function containedField(key: string): ImportFieldKey | null {
  const padded = ` ${key} `;
  let best: { field: ImportFieldKey; length: number } | null = null;
  for (const { field, keys } of keysByField) {
    for (const k of keys) {
      if (k.length > (best?.length ?? 0) && padded.includes(` ${k} `)) best = { field: field.key, length: k.length };
    }
  }
  return best?.field ?? null;
}

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = headers.map(() => null);
  const used = new Set<ImportFieldKey>();
  const assign = (column: number, fieldKey: ImportFieldKey | null) => {
    if (!fieldKey || mapping[column] !== null) return;
    if (used.has(fieldKey) && !importFieldByKey[fieldKey].multiple) return;
    mapping[column] = fieldKey;
    used.add(fieldKey);
  };
  keys.forEach((key, column) => assign(column, exactField(key)));
  keys.forEach((key, column) => assign(column, containedField(key)));
  // A bare "Name" column is the customer's name in a file without any other customer name column.
  const bareName = keys.indexOf('name');
  if (bareName >= 0 && mapping[bareName] === 'contactName' && !used.has('customerName')) {
    const hasOtherContactColumns = mapping.some((f, i) => i !== bareName && f !== null && importFieldByKey[f].group === 'contact');
    if (!hasOtherContactColumns) mapping[bareName] = 'customerName';
  }
  return mapping;
}

/**
 * Sets one column's field. A field that takes a single column moves: the column that had it becomes
 * unmapped, so a mapping never feeds one field from two columns by accident.
 */
export function remapColumn(mapping: ColumnMapping, column: number, fieldKey: ImportFieldKey | null): ColumnMapping {
  return mapping.map((current, i) => {
    if (i === column) return fieldKey;
    if (fieldKey !== null && current === fieldKey && !importFieldByKey[fieldKey].multiple) return null;
    return current;
  });
}

/** What stops an import before any row is read: required fields not mapped, single fields mapped twice. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const key of requiredImportFields) {
    if (!mapping.includes(key)) problems.push(`Choose a column for ${importFieldByKey[key].label}`);
  }
  const counts = new Map<ImportFieldKey, number>();
  for (const key of mapping) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of counts) {
    if (count > 1 && !importFieldByKey[key].multiple) problems.push(`${importFieldByKey[key].label} is chosen for ${count} columns; keep one`);
  }
  return problems;
}

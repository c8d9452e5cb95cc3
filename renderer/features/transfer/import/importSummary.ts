// The sentences of the import confirmation ("Import 1,234 customers and 3,456 contacts; skip 7 bad rows").
import { count } from '../plural';
import type { ImportCheck } from './importSession';

export function confirmLabel(check: ImportCheck): string {
  const invalid = check.skipped.filter((r) => r.kind === 'invalid').length;
  const existing = check.skipped.length - invalid;
  const skips = [
    invalid > 0 ? count(invalid, 'bad row') : null,
    existing > 0 ? `${count(existing, 'row')} already in the directory` : null,
  ].filter(Boolean);
  const main = `Import ${count(check.customerCount, 'customer')} and ${count(check.contactCount, 'contact')}`;
  return skips.length > 0 ? `${main}; skip ${skips.join(' and ')}` : main;
}

export function readySentence(check: ImportCheck): string {
  if (check.customerCount === 0) {
    return check.skipped.length > 0 && check.skipped.every((r) => r.kind === 'existing')
      ? 'Every account in the file is already in the directory; there is nothing new to import.'
      : `None of the ${count(check.rowCount, 'row')} can be imported. Fix the file or the column choices below.`;
  }
  const ready = `${(check.rowCount - check.skipped.length).toLocaleString('en-US')} of ${count(check.rowCount, 'row')} ${check.rowCount === 1 ? 'is' : 'are'} ready`;
  return check.skipped.length > 0 ? `${ready}; ${check.skipped.length.toLocaleString('en-US')} will be skipped (see “Skipped rows”).` : `${ready}.`;
}

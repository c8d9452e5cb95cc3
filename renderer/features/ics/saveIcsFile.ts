// Saves an ICS export through the platform (the desktop save dialog, or a download in a browser) and
// says in one sentence what happened.
import { platform } from '../../platform/platform';

const types = { pdf: { name: 'PDF document', mime: 'pdf' }, csv: { name: 'CSV spreadsheet', mime: 'csv' } } as const;

/** A file name from free text (incident and person names): letters, digits and dashes only. */
export const fileNamePart = (text: string): string =>
  text.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'untitled';

export async function saveIcsFile(suggestedName: string, kind: keyof typeof types, content: string | Uint8Array<ArrayBuffer>): Promise<{ ok: boolean; message: string }> {
  const result = await platform.files.saveAs({ suggestedName, filters: [{ name: types[kind].name, extensions: [types[kind].mime] }], content });
  if (!result.ok) return { ok: false, message: `The file could not be saved: ${result.error}` };
  if (result.value.status === 'cancelled') return { ok: false, message: 'Saving was cancelled; nothing was written.' };
  return { ok: true, message: result.value.path ? `Saved to ${result.value.path}.` : `Saved as ${suggestedName} (your browser’s downloads).` };
}

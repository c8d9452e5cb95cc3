// `<input type="datetime-local">` speaks local wall-clock time without seconds ("2025-01-15T14:05");
// records hold ISO instants. Every form converts through here, so an empty field is always null and
// text that is not a time reaches the shared schema as typed, whose message then names the field.
const pad = (n: number) => String(n).padStart(2, '0');

/** The input value for an instant, in the device's zone; '' for none or an invalid instant. */
export function toLocalInput(at: string | number | null): string {
  if (at === null) return '';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO instant for an input value: null when empty, the text as typed when it is not a time. */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/**
 * `fromLocalInput`, but the exact original instant when the user left the value as it was shown
 * (inputs drop seconds, so re-saving an untouched time must not move it).
 */
export function keepOriginalTime(value: string, original: string | null | undefined): string | null {
  return original && toLocalInput(original) === value ? original : fromLocalInput(value);
}

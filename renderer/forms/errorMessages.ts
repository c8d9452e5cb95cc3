/** A form's error messages in display order, each once, for the summary above it (Mantine keeps
 *  them in an object keyed by path). */
export const errorMessages = (errors: Record<string, unknown>): string[] =>
  [...new Set(Object.values(errors).filter((e): e is string => typeof e === 'string' && e !== ''))];

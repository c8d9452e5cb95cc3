export const MAIN_ID = 'main-content';

/** Router state that asks for focus to move into <main> even on a replace navigation (see
 *  useGoToSection: re-selecting the current section). */
export const FOCUS_MAIN_STATE = { focusMain: true } as const;

export function isFocusMainRequest(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { focusMain?: unknown }).focusMain === true;
}

/** Moves keyboard focus to the page heading inside <main> (or <main> itself), as the skip link and
 *  route changes do, so screen readers announce the new page and Tab continues from its content. */
export function focusMain(): void {
  const main = document.getElementById(MAIN_ID);
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  target?.focus();
}

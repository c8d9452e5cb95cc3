import type { KeyboardEvent } from 'react';

/** Ctrl/Cmd+Enter submits the form from any field, textareas included. */
export function submitOnModEnter(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}

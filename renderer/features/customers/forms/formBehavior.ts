// Small behaviours both directory forms share. Validation on blur only for fields the user changed:
// tabbing through an empty form stays quiet, a mistyped value is flagged as soon as focus leaves it.
// Submit buttons keep focus where it is on mousedown, so a blur error appearing above them cannot
// move the button out from under the pointer and swallow the click.
import type { MouseEvent } from 'react';

interface BlurPayload {
  field: string;
  form: { isDirty: (path?: string) => boolean; validateField: (path: string) => unknown };
}

/** Mantine `enhanceGetInputProps`: validate a changed field when it loses focus. */
export const validateChangedOnBlur = ({ field, form }: BlurPayload) => ({
  onBlur: () => {
    if (form.isDirty(field)) void form.validateField(field);
  },
});

export const keepFocusOnMouseDown = (e: MouseEvent<HTMLElement>): void => e.preventDefault();

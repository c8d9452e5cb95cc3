/** After a failed submit, puts focus on the first field that says what is wrong (else the form's
 *  error summary, for problems no field shows). */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const target = container?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? container?.querySelector<HTMLElement>('[data-error-summary]');
    target?.focus();
  });
}

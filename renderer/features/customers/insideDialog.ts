/** Is keyboard focus inside a dialog? Section shortcuts stay out of the way of an open form. */
export const insideDialog = (): boolean => document.activeElement?.closest('[role="dialog"]') != null;

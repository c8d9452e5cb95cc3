// Router state the directory passes when it opens a customer: move focus to the customer page (opened
// from the keyboard), or start adding contacts (the customer was just created).
export const FOCUS_DETAIL_STATE = { focusDetail: true } as const;
export const ADD_FIRST_CONTACT_STATE = { focusDetail: true, addFirstContact: true } as const;

const flag = (state: unknown, key: string): boolean =>
  typeof state === 'object' && state !== null && (state as Record<string, unknown>)[key] === true;

export const wantsDetailFocus = (state: unknown): boolean => flag(state, 'focusDetail');
export const wantsFirstContact = (state: unknown): boolean => flag(state, 'addFirstContact');

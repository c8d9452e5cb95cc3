// Narrow selectors of the outreach slice (see selectors.ts for the shell's).
import type { AppState } from './appStore';

export const selectOutreachCursorId = (state: AppState) => state.outreachCursorId;
export const selectSetOutreachCursorId = (state: AppState) => state.setOutreachCursorId;
export const selectCheckInsMineOnly = (state: AppState) => state.checkInsMineOnly;
export const selectSetCheckInsMineOnly = (state: AppState) => state.setCheckInsMineOnly;

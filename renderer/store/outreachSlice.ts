// UI state of the outreach page: the highlighted customer of the event list (by id, so it stays on
// the same customer while the list updates, and when the liaison comes back from logging the call),
// and whether check-ins show only the liaison's own customers.
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export interface OutreachSlice {
  outreachCursorId: string | null;
  checkInsMineOnly: boolean;
  setOutreachCursorId: (id: string | null) => void;
  setCheckInsMineOnly: (mineOnly: boolean) => void;
}

export const createOutreachSlice: StateCreator<AppState, [], [], OutreachSlice> = (set) => ({
  outreachCursorId: null,
  checkInsMineOnly: false,
  setOutreachCursorId: (outreachCursorId) => set({ outreachCursorId }),
  setCheckInsMineOnly: (checkInsMineOnly) => set({ checkInsMineOnly }),
});

// Narrow selectors of the log slice (see selectors.ts for the shell's).
import type { AppState } from './appStore';

export const selectLogDraft = (state: AppState) => state.logDraft;
export const selectSetLogDraft = (state: AppState) => state.setLogDraft;
export const selectResetLogDraft = (state: AppState) => state.resetLogDraft;
export const selectLogFilters = (state: AppState) => state.logFilters;
export const selectSetLogFilters = (state: AppState) => state.setLogFilters;
export const selectResetLogFilters = (state: AppState) => state.resetLogFilters;
export const selectFollowUpsShowClosed = (state: AppState) => state.followUpsShowClosed;
export const selectSetFollowUpsShowClosed = (state: AppState) => state.setFollowUpsShowClosed;
export const selectQuickEntryFocusPending = (state: AppState) => state.quickEntryFocusPending;
export const selectRequestQuickEntryFocus = (state: AppState) => state.requestQuickEntryFocus;
export const selectQuickEntryFocused = (state: AppState) => state.quickEntryFocused;
export const selectEventSwitcherOpen = (state: AppState) => state.eventSwitcherOpen;
export const selectSetEventSwitcherOpen = (state: AppState) => state.setEventSwitcherOpen;

// UI state of the liaison log: the quick-entry draft (kept here so nothing typed is lost when the user
// navigates away and back), the timeline filters, and a few panel flags. Domain data stays in Dexie;
// this slice is not persisted (appStore's partialize lists what survives a restart).
import type { StateCreator } from 'zustand';
import type { LifeSafetyKind, LogCategory, LogChannel, LogDirection } from '../../shared/domain/logEntry';
import type { AppState } from './appStore';

/** A customer chosen in a picker: its id plus the name shown while the record loads. */
export interface PickedCustomer {
  id: string;
  name: string;
}

/** What the quick-entry bar (and the correction form) edit. Times are `datetime-local` values. */
export interface LogDraft {
  customer: PickedCustomer | null;
  /** Text typed in the customer picker (a name, account or phone fragment). */
  customerQuery: string;
  contactId: string | null;
  channel: LogChannel;
  direction: LogDirection;
  category: LogCategory;
  lifeSafety: LifeSafetyKind | null;
  etr: string;
  /** Record the current briefing version with an ETR given. */
  etrFromBriefing: boolean;
  summary: string;
  details: string;
  significant: boolean;
  followUpOn: boolean;
  followUpOwner: string;
  followUpDue: string;
  /** '' means "now": the entry takes the time it is recorded. */
  occurredAt: string;
}

export const emptyLogDraft: LogDraft = {
  customer: null,
  customerQuery: '',
  contactId: null,
  channel: 'phone',
  direction: 'outbound',
  category: 'status_update',
  lifeSafety: null,
  etr: '',
  etrFromBriefing: true,
  summary: '',
  details: '',
  significant: false,
  followUpOn: false,
  followUpOwner: '',
  followUpDue: '',
  occurredAt: '',
};

/** Which log the timeline shows: every event, entries outside any event, or one event (its id). */
export type LogScope = 'all' | 'none' | (string & {});

export interface LogFilters {
  scope: LogScope;
  categories: LogCategory[];
  significantOnly: boolean;
  customer: PickedCustomer | null;
  author: string | null;
  text: string;
}

export const emptyLogFilters: LogFilters = {
  scope: 'all',
  categories: [],
  significantOnly: false,
  customer: null,
  author: null,
  text: '',
};

export interface LogSlice {
  logDraft: LogDraft;
  logFilters: LogFilters;
  followUpsShowClosed: boolean;
  /** Set by Ctrl/Cmd+L; the quick-entry bar takes focus and clears it. */
  quickEntryFocusPending: boolean;
  eventSwitcherOpen: boolean;
  setLogDraft: (patch: Partial<LogDraft>) => void;
  resetLogDraft: () => void;
  setLogFilters: (patch: Partial<LogFilters>) => void;
  resetLogFilters: () => void;
  setFollowUpsShowClosed: (show: boolean) => void;
  requestQuickEntryFocus: () => void;
  quickEntryFocused: () => void;
  setEventSwitcherOpen: (open: boolean) => void;
}

export const createLogSlice: StateCreator<AppState, [], [], LogSlice> = (set) => ({
  logDraft: emptyLogDraft,
  logFilters: emptyLogFilters,
  followUpsShowClosed: false,
  quickEntryFocusPending: false,
  eventSwitcherOpen: false,
  setLogDraft: (patch) => set((state) => ({ logDraft: { ...state.logDraft, ...patch } })),
  resetLogDraft: () => set({ logDraft: emptyLogDraft }),
  setLogFilters: (patch) => set((state) => ({ logFilters: { ...state.logFilters, ...patch } })),
  resetLogFilters: () => set({ logFilters: emptyLogFilters }),
  setFollowUpsShowClosed: (followUpsShowClosed) => set({ followUpsShowClosed }),
  requestQuickEntryFocus: () => set({ quickEntryFocusPending: true }),
  quickEntryFocused: () => set({ quickEntryFocusPending: false }),
  setEventSwitcherOpen: (eventSwitcherOpen) => set({ eventSwitcherOpen }),
});

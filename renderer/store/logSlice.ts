// UI state of the liaison log: the quick-entry draft (kept here so nothing typed is lost when the user
// navigates away and back), the timeline filters, and a few panel flags. Domain data stays in Dexie;
// this slice is not persisted (appStore's partialize lists what survives a restart).
import type { StateCreator } from 'zustand';
import type { ContactOutcome, LifeSafetyKind, LogCategory, LogChannel, LogDirection } from '../../shared/domain/logEntry';
import type { AppState } from './appStore';

/** A customer chosen in a picker: its id plus the name shown while the record loads. */
export interface PickedCustomer {
  id: string;
  name: string;
}

/** An event chosen for one entry instead of the active one (a planned interruption's notice). */
export interface PickedEvent {
  id: string;
  name: string;
}

/** What the quick-entry bar (and the correction form) edit. Times are `datetime-local` values. */
export interface LogDraft {
  /** null: the entry goes to the active event. */
  event: PickedEvent | null;
  customer: PickedCustomer | null;
  /** Text typed in the customer picker (a name, account or phone fragment). */
  customerQuery: string;
  contactId: string | null;
  channel: LogChannel;
  direction: LogDirection;
  /** How an outbound call to the customer went (kept only for outbound entries with a customer). */
  outcome: ContactOutcome;
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
  event: null,
  customer: null,
  customerQuery: '',
  contactId: null,
  channel: 'phone',
  direction: 'outbound',
  outcome: 'reached',
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

export type QuickEntryFocus = 'customer' | 'outcome';

export interface LogSlice {
  logDraft: LogDraft;
  logFilters: LogFilters;
  followUpsShowClosed: boolean;
  /** The field the quick-entry bar focuses next (Ctrl/Cmd+L: the customer; a prefilled call: its
   *  outcome); the bar clears it once focused. */
  quickEntryFocusPending: QuickEntryFocus | false;
  eventSwitcherOpen: boolean;
  setLogDraft: (patch: Partial<LogDraft>) => void;
  resetLogDraft: () => void;
  setLogFilters: (patch: Partial<LogFilters>) => void;
  resetLogFilters: () => void;
  setFollowUpsShowClosed: (show: boolean) => void;
  requestQuickEntryFocus: (field?: QuickEntryFocus) => void;
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
  requestQuickEntryFocus: (field = 'customer') => set({ quickEntryFocusPending: field }),
  quickEntryFocused: () => set({ quickEntryFocusPending: false }),
  setEventSwitcherOpen: (eventSwitcherOpen) => set({ eventSwitcherOpen }),
});

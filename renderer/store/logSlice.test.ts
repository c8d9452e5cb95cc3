import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { APP_STORE_KEY, createAppStore } from './appStore';
import { emptyLogDraft, emptyLogFilters } from './logSlice';

const memoryStorage = (): StateStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('app store, log slice', () => {
  it('keeps the quick-entry draft as it is typed, and clears it after a commit', () => {
    const store = createAppStore(memoryStorage());
    store.getState().setLogDraft({ summary: 'Site on generator', channel: 'radio' });
    store.getState().setLogDraft({ followUpOn: true });
    expect(store.getState().logDraft).toEqual({ ...emptyLogDraft, summary: 'Site on generator', channel: 'radio', followUpOn: true });
    store.getState().resetLogDraft();
    expect(store.getState().logDraft).toEqual(emptyLogDraft);
  });

  it('holds timeline filters, the Ctrl+L focus request and the event switcher', () => {
    const store = createAppStore(memoryStorage());
    store.getState().setLogFilters({ categories: ['emergency_report'], text: 'fire' });
    expect(store.getState().logFilters).toEqual({ ...emptyLogFilters, categories: ['emergency_report'], text: 'fire' });
    store.getState().resetLogFilters();
    expect(store.getState().logFilters).toEqual(emptyLogFilters);
    store.getState().requestQuickEntryFocus();
    expect(store.getState().quickEntryFocusPending).toBe('customer');
    store.getState().requestQuickEntryFocus('outcome');
    expect(store.getState().quickEntryFocusPending).toBe('outcome');
    store.getState().quickEntryFocused();
    expect(store.getState().quickEntryFocusPending).toBe(false);
    store.getState().setEventSwitcherOpen(true);
    expect(store.getState().eventSwitcherOpen).toBe(true);
  });

  it('does not persist log UI state (drafts and filters stay in this session)', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage);
    store.getState().setLogDraft({ summary: 'not saved to disk' });
    store.getState().setThemePreference('dark');
    expect(storage.data.get(APP_STORE_KEY)).not.toContain('not saved to disk');
  });
});

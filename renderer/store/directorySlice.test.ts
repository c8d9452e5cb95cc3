import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { APP_STORE_KEY, createAppStore } from './appStore';
import { emptyDirectoryFilters } from './directorySlice';

const memoryStorage = (): StateStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('app store, directory slice', () => {
  it('starts with no search, no filters, life-safety first, at the top', () => {
    const s = createAppStore(memoryStorage()).getState();
    expect(s.directorySearch).toBe('');
    expect(s.directoryFilters).toEqual(emptyDirectoryFilters);
    expect(s.directorySort).toEqual({ by: 'tier', descending: false });
    expect(s.directoryCursor).toBe(0);
    expect(s.directorySelectedId).toBeNull();
  });

  it('merges filter changes and sends the cursor back to the top of every new query', () => {
    const store = createAppStore(memoryStorage());
    store.getState().setDirectoryCursor(40);
    store.getState().setDirectoryFilters({ tiers: ['life_safety'] });
    store.getState().setDirectoryFilters({ notContactedInDays: 14 });
    expect(store.getState().directoryFilters).toEqual({ ...emptyDirectoryFilters, tiers: ['life_safety'], notContactedInDays: 14 });
    expect(store.getState().directoryCursor).toBe(0);

    for (const change of [
      () => store.getState().setDirectorySearch('hern'),
      () => store.getState().setDirectorySort({ by: 'name', descending: true }),
      () => store.getState().clearDirectoryFilters(),
    ]) {
      store.getState().setDirectoryCursor(12);
      change();
      expect(store.getState().directoryCursor).toBe(0);
    }
    expect(store.getState().directoryFilters).toEqual(emptyDirectoryFilters);
    expect(store.getState().directorySearch).toBe('hern');
  });

  it('keeps the cursor at zero or above and remembers the open customer', () => {
    const store = createAppStore(memoryStorage());
    store.getState().setDirectoryCursor(-3);
    expect(store.getState().directoryCursor).toBe(0);
    store.getState().setDirectorySelectedId('c-1');
    expect(store.getState().directorySelectedId).toBe('c-1');
  });

  it('does not persist directory state across restarts', () => {
    const storage = memoryStorage();
    createAppStore(storage).getState().setDirectorySearch('mercy');
    createAppStore(storage).getState().setThemePreference('dark');
    expect(storage.data.get(APP_STORE_KEY)).not.toContain('mercy');
    expect(createAppStore(storage).getState().directorySearch).toBe('');
  });
});

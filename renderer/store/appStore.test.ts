import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { APP_STORE_KEY, createAppStore } from './appStore';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('app store, UI slice', () => {
  it('starts with the system theme and an expanded sidebar', () => {
    const state = createAppStore(memoryStorage()).getState();
    expect(state.themePreference).toBe('system');
    expect(state.navCollapsed).toBe(false);
  });

  it('persists the theme preference and the sidebar mode, but no actions', () => {
    const storage = memoryStorage();
    const store = createAppStore(storage);
    store.getState().setThemePreference('dark');
    store.getState().toggleNavCollapsed();

    const saved = JSON.parse(storage.data.get(APP_STORE_KEY) ?? 'null') as unknown;
    expect(saved).toEqual({ state: { themePreference: 'dark', navCollapsed: true }, version: 1 });
  });

  it('restores saved preferences in a new store (an app restart)', () => {
    const storage = memoryStorage();
    createAppStore(storage).getState().setThemePreference('light');
    createAppStore(storage).getState().setNavCollapsed(true);

    const restarted = createAppStore(storage).getState();
    expect(restarted.themePreference).toBe('light');
    expect(restarted.navCollapsed).toBe(true);
  });

  it('persists to window.localStorage by default', () => {
    window.localStorage.clear();
    createAppStore().getState().setThemePreference('dark');
    expect(window.localStorage.getItem(APP_STORE_KEY)).toContain('"themePreference":"dark"');
    expect(createAppStore().getState().themePreference).toBe('dark');
    window.localStorage.clear();
  });

  it('ignores malformed saved values instead of adopting them', () => {
    const storage = memoryStorage({
      [APP_STORE_KEY]: JSON.stringify({ state: { themePreference: 'purple', navCollapsed: 'yes' }, version: 1 }),
    });
    const state = createAppStore(storage).getState();
    expect(state.themePreference).toBe('system');
    expect(state.navCollapsed).toBe(false);
  });

  it('toggles to the opposite of the scheme on screen, whatever the preference was', () => {
    const store = createAppStore(memoryStorage());
    store.getState().toggleColorScheme('light');
    expect(store.getState().themePreference).toBe('dark');
    store.getState().toggleColorScheme('dark');
    expect(store.getState().themePreference).toBe('light');
  });

  it('toggles and sets the compact sidebar', () => {
    const store = createAppStore(memoryStorage());
    store.getState().toggleNavCollapsed();
    expect(store.getState().navCollapsed).toBe(true);
    store.getState().toggleNavCollapsed();
    expect(store.getState().navCollapsed).toBe(false);
    store.getState().setNavCollapsed(true);
    expect(store.getState().navCollapsed).toBe(true);
  });
});

// In a browser (the web build served by the sync server), a service worker keeps the built UI so the
// app reloads and starts with no network: the data is already in IndexedDB. The desktop app loads from
// app:// and needs none. New versions install in the background and apply on the next start.
import { registerSW } from 'virtual:pwa-register';

export function registerOfflineShell(): void {
  if (!('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  void registerSW({ immediate: true });
}

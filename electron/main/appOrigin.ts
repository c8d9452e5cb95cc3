// The renderer's origin. IndexedDB (all local data and the unsynced outbox) is keyed by it, so the scheme
// and host below must never change: changing either orphans every user's local database.
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'liaison-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before `ready`: a standard, secure scheme (own origin, IndexedDB, fetch) without CSP bypass. */
export const privilegedSchemes: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
];

/** True only for URLs on the app's own origin (no credentials, no port, exact host). */
export const isAppUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
};

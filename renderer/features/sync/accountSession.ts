// Signing in and out on this device. The session (token and account) is kept by the platform's secret
// store; the UI store only learns who is signed in. Signing out never touches the local database: an
// account's unsynced changes stay in its own database and sync when that account signs in again.
import type { User } from '../../../shared/api/auth';
import { serverUrl } from '../../app/serverInfo';
import { platform } from '../../platform/platform';
import { appStore } from '../../store/appStore';
import { isExpired, parseStoredSession, SESSION_SECRET_KEY, sessionFromSignIn } from '../../sync/session';
import type { StoredSession } from '../../sync/session';
import { createSyncApi, signIn, SyncApiError } from '../../sync/syncApi';

let current: StoredSession | null = null;
let baseUrl: string | null = null;

const show = (user: User | null, notice: string | null = null) =>
  appStore.getState().setAccount({ state: user ? 'signed_in' : 'signed_out', user, notice });

/** The server this app syncs with (the page's origin in a browser, the embedded server on the desktop). */
export async function syncServerUrl(): Promise<string | null> {
  baseUrl ??= await serverUrl();
  return baseUrl;
}

export const currentSession = (): StoredSession | null => current;
export const currentToken = (): string | null => current?.token ?? null;

async function remember(session: StoredSession): Promise<string | null> {
  current = session;
  const saved = await platform.secrets.set({ key: SESSION_SECRET_KEY, value: JSON.stringify(session) });
  return saved.ok ? null : 'This device cannot keep your session safely, so you will need to sign in again next time.';
}

/** At start-up: continue the stored session (offline too) until it expires. */
export async function restoreSession(): Promise<void> {
  const stored = await platform.secrets.get({ key: SESSION_SECRET_KEY });
  const session = stored.ok ? parseStoredSession(stored.value) : null;
  if (session && !isExpired(session, Date.now())) {
    current = session;
    show(session.user);
    return;
  }
  show(null, session ? 'Your session has expired. Sign in again to continue; changes on this device are kept.' : null);
}

const deviceName = async (): Promise<string> => {
  const info = await platform.app.getInfo();
  const where = info.ok && info.value.platform !== 'web' ? `desktop (${info.value.platform})` : 'web browser';
  return `Liaison Desk ${info.ok ? info.value.version : ''} on ${where}`.replace('  ', ' ');
};

/** Signs in online; returns an error message for the form, or null. */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const url = await syncServerUrl();
  if (!url) return 'No sync server is configured for this app.';
  try {
    const response = await signIn({ baseUrl: () => url, fetch: (input, init) => fetch(input, init), timeoutMs: 15_000 }, {
      email, password, deviceName: await deviceName(),
    });
    const warning = await remember(sessionFromSignIn(response));
    show(response.user, warning);
    return null;
  } catch (error) {
    if (!(error instanceof SyncApiError)) return 'Signing in failed unexpectedly. Try again.';
    if (error.kind === 'network') return 'The server cannot be reached. Signing in needs a connection once; after that the app works offline.';
    return error.message;
  }
}

/** Keeps the stored account up to date (the server may have changed the role or scopes). */
export async function updateSession(session: StoredSession): Promise<void> {
  if (current?.token !== session.token) return;
  await remember(session);
  show(session.user, appStore.getState().account.notice);
}

/** The server no longer accepts the session: sign in again (local data stays). */
export async function endSession(notice: string): Promise<void> {
  current = null;
  await platform.secrets.delete({ key: SESSION_SECRET_KEY });
  show(null, notice);
}

/** Signs out: revokes the session on the server when it can be reached, and forgets it here. */
export async function signOut(): Promise<void> {
  const session = current;
  const url = await syncServerUrl();
  if (session && url) {
    const api = createSyncApi({ baseUrl: () => url, fetch: (input, init) => fetch(input, init), token: () => session.token, timeoutMs: 5000 });
    await api.signOut().catch(() => undefined);
  }
  await endSession('You are signed out.');
}

// The desktop capabilities in a plain browser (the web app on EOC computers), with the same contract
// and validation as the desktop. Secrets live in sessionStorage: EOC computers are shared, so a session
// token must not outlive the tab. (An IndexedDB copy under a non-extractable CryptoKey would persist
// across restarts, yet any script on the origin could still use that key, so it protects no better.)
import { z } from 'zod';
import { ipcContract } from '../../shared/ipc/contract';
import type { DesktopApi, IpcChannel, IpcParsedRequest, IpcResult, NotificationPermissionState, SecretsStatus } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/result';
import type { Result } from '../../shared/result';

type ShownNotification = { onclick: ((event: Event) => void) | null; onclose: ((event: Event) => void) | null };
type NotificationConstructor = {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): ShownNotification;
};

/** The browser facilities used here; `browserEnv()` takes them from the page, tests pass their own. */
export type WebEnv = {
  origin: string;
  sessionStorage: Storage | null;
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  Notification: NotificationConstructor | undefined;
  /** Brings the page's window forward (a clicked notification). */
  focusWindow(): void;
};

export const browserEnv = (): WebEnv => {
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // Storage disabled by the browser's settings: secrets are unavailable.
  }
  return {
    origin: window.location.origin,
    sessionStorage: storage,
    document: window.document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    Notification: typeof Notification === 'undefined' ? undefined : Notification,
    focusWindow: () => window.focus(),
  };
};

export const SECRET_PREFIX = 'liaison-desk.secret.';
const REVOKE_DOWNLOAD_URL_AFTER_MS = 30_000;
const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Parses like main's IPC router does, so a bad call fails the same way in both shells. */
const validated =
  <C extends IpcChannel>(channel: C, run: (request: IpcParsedRequest<C>) => Promise<IpcResult<C>> | IpcResult<C>) =>
  async (payload?: unknown): Promise<IpcResult<C>> => {
    const parsed = ipcContract[channel].request.safeParse(payload);
    if (!parsed.success) return fail(`${channel}: invalid request: ${z.prettifyError(parsed.error)}`);
    try {
      return await run(parsed.data as IpcParsedRequest<C>);
    } catch (error) {
      return fail(`${channel} failed: ${messageOf(error)}`);
    }
  };

export const createWebPlatform = (env: WebEnv = browserEnv()): DesktopApi => {
  const storage = env.sessionStorage;
  const status = (): SecretsStatus =>
    storage
      ? { protection: 'browser-session', backend: 'sessionStorage', consentToUnprotected: false, canStore: true }
      : { protection: 'unavailable', backend: 'none', consentToUnprotected: false, canStore: false };
  const withStorage = <T>(operation: (s: Storage) => T): Result<T> =>
    storage ? ok(operation(storage)) : fail('This browser does not allow storing data for this site.');

  // Browsers ask the user only in answer to a click: showing never asks, requestPermission does.
  const showNotification = async ({ title, body }: IpcParsedRequest<'notifications.show'>): Promise<IpcResult<'notifications.show'>> => {
    const Notify = env.Notification;
    if (!Notify) return fail('This browser does not support notifications.');
    if (Notify.permission === 'default') return fail('Notifications are not allowed yet: allow them in Settings.');
    if (Notify.permission !== 'granted') return fail('Notifications are blocked for this site in the browser settings.');
    const shown = new Notify(title, { body });
    return new Promise((resolve) => {
      shown.onclick = () => {
        env.focusWindow();
        resolve(ok('clicked'));
      };
      shown.onclose = () => resolve(ok('closed'));
    });
  };
  const permission = (): NotificationPermissionState => env.Notification?.permission ?? 'unsupported';
  const requestPermission = async (): Promise<NotificationPermissionState> =>
    env.Notification && env.Notification.permission === 'default' ? env.Notification.requestPermission() : permission();

  const download = ({ suggestedName, content }: IpcParsedRequest<'files.saveAs'>): IpcResult<'files.saveAs'> => {
    const extension = suggestedName.includes('.') ? suggestedName.slice(suggestedName.lastIndexOf('.') + 1).toLowerCase() : '';
    const type = MIME_BY_EXTENSION[extension] ?? (typeof content === 'string' ? 'text/plain;charset=utf-8' : 'application/octet-stream');
    const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type });
    const url = env.createObjectURL(blob);
    const anchor = env.document.createElement('a');
    anchor.href = url;
    anchor.download = suggestedName;
    anchor.rel = 'noopener';
    anchor.style.display = 'none';
    env.document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => env.revokeObjectURL(url), REVOKE_DOWNLOAD_URL_AFTER_MS);
    return ok({ status: 'saved', path: null });
  };

  return {
    app: {
      getInfo: validated('app.getInfo', () =>
        ok({ name: 'Liaison Desk', version: __APP_VERSION__, platform: 'web', electronVersion: null, serverUrl: env.origin }),
      ),
    },
    secrets: {
      getStatus: validated('secrets.getStatus', () => ok(status())),
      setUnprotectedConsent: validated('secrets.setUnprotectedConsent', () => ok(status())),
      get: validated('secrets.get', ({ key }) => withStorage((s) => s.getItem(SECRET_PREFIX + key))),
      set: validated('secrets.set', ({ key, value }) =>
        withStorage((s) => {
          s.setItem(SECRET_PREFIX + key, value);
          return null;
        }),
      ),
      delete: validated('secrets.delete', ({ key }) =>
        withStorage((s) => {
          s.removeItem(SECRET_PREFIX + key);
          return null;
        }),
      ),
    },
    files: { saveAs: validated('files.saveAs', download) },
    notifications: {
      show: validated('notifications.show', showNotification),
      getPermission: validated('notifications.getPermission', () => ok(permission())),
      requestPermission: validated('notifications.requestPermission', async () => ok(await requestPermission())),
    },
  };
};

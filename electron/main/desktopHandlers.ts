// Binds every channel of the IPC contract to its implementation. The contract's DesktopApi type makes
// the preload list every channel; this file is where main answers each of them.
import type { AppInfo, IpcParsedRequest, NotificationOutcome, NotificationPermissionState, SaveAsResult } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { Handle } from './ipcRouter';
import type { SecretStore } from './secretStore';

export type DesktopDeps<E> = {
  appInfo: () => Promise<AppInfo>;
  secrets: SecretStore;
  saveFile: (request: IpcParsedRequest<'files.saveAs'>, event: E) => Promise<SaveAsResult>;
  /** Answers when the notification is clicked or dismissed (at once when it cannot be shown). */
  notify: (request: IpcParsedRequest<'notifications.show'>) => Promise<Result<NotificationOutcome>>;
  /** The OS decides per app in its own settings: the shell can show them wherever they are supported. */
  notificationsSupported: () => boolean;
};

export const registerDesktopHandlers = <E>(handle: Handle<E>, deps: DesktopDeps<E>): void => {
  handle('app.getInfo', async () => ok(await deps.appInfo()));
  handle('secrets.getStatus', async () => ok(await deps.secrets.status()));
  handle('secrets.setUnprotectedConsent', async ({ allow }) => ok(await deps.secrets.setUnprotectedConsent(allow)));
  handle('secrets.get', ({ key }) => deps.secrets.get(key));
  handle('secrets.set', ({ key, value }) => deps.secrets.set(key, value));
  handle('secrets.delete', ({ key }) => deps.secrets.delete(key));
  handle('files.saveAs', async (request, event) => ok(await deps.saveFile(request, event)));
  handle('notifications.show', (request) => deps.notify(request));
  const permission = (): NotificationPermissionState => (deps.notificationsSupported() ? 'granted' : 'unsupported');
  handle('notifications.getPermission', () => ok(permission()));
  handle('notifications.requestPermission', () => ok(permission()));
};

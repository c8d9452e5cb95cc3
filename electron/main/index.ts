// Electron main process: wires the small modules beside this file to Electron. Order matters: the app://
// scheme is registered and the sandbox enforced before `ready`; the window loads only after the embedded
// server has a port, because the page's CSP (connect-src) names that origin.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import type { AppInfo, NotificationOutcome } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/result';
import { buildAppMenuTemplate } from './appMenu';
import { APP_ENTRY_URL, APP_SCHEME, privilegedSchemes } from './appOrigin';
import { createAppProtocolHandler } from './appProtocol';
import { buildContentSecurityPolicy, serverConnectSources } from './csp';
import { registerDesktopHandlers } from './desktopHandlers';
import { startEmbeddedServer } from './embeddedServer';
import type { EmbeddedServer } from './embeddedServer';
import { createExternalOpener } from './externalLinks';
import { createIpcRouter } from './ipcRouter';
import { guardWebContents } from './navigationGuard';
import { installPermissionHandlers } from './permissions';
import { saveFileAs } from './saveFile';
import { createSecretStore } from './secretStore';
import { createWindowOptions } from './windowOptions';

protocol.registerSchemesAsPrivileged(privilegedSchemes);
app.enableSandbox();
// A separate profile (tests, a second account on one machine); also scopes the single-instance lock.
if (process.env.LIAISON_DESK_USER_DATA) app.setPath('userData', process.env.LIAISON_DESK_USER_DATA);

const appRoot = app.getAppPath();
const openExternal = createExternalOpener((url) => shell.openExternal(url));
let mainWindow: BrowserWindow | null = null;
let server: Promise<EmbeddedServer | null> = Promise.resolve(null);
let contentSecurityPolicy = buildContentSecurityPolicy({ connectSources: [] });
let started = false;
const shownNotifications = new Set<Notification>();

const focusMainWindow = () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
};

const createMainWindow = async () => {
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: join(appRoot, 'dist-electron/preload/index.cjs'),
      devTools: !app.isPackaged,
      ...(process.platform === 'darwin' ? {} : { iconPath: join(appRoot, 'assets/icons/512x512.png') }),
    }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(APP_ENTRY_URL);
};

const appInfo = async (): Promise<AppInfo> => {
  const running = await server;
  const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  return { name: app.getName(), version: app.getVersion(), platform, electronVersion: process.versions.electron, serverUrl: running?.url ?? null };
};

const secrets = createSecretStore({ safeStorage, file: join(app.getPath('userData'), 'secrets.json'), platform: process.platform });

const start = async () => {
  server = startEmbeddedServer({
    fork: (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
    entry: join(appRoot, 'dist-electron/server/main.js'),
    dataDir: join(app.getPath('userData'), 'server'),
  }).catch((error: unknown) => {
    console.error(`Liaison Desk: the embedded server did not start: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  if (process.platform === 'win32') app.setAppUserModelId('com.liaisondesk.app');
  installPermissionHandlers(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: join(appRoot, 'dist/renderer'), contentSecurityPolicy: () => contentSecurityPolicy }));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({ platform: process.platform, appName: app.getName(), isPackaged: app.isPackaged, openExternal: (url) => void openExternal(url) }),
    ),
  );
  registerDesktopHandlers(createIpcRouter(ipcMain), {
    appInfo,
    secrets,
    saveFile: (request, event) =>
      saveFileAs(request, {
        defaultDir: app.getPath('downloads'),
        showSaveDialog: (options) => {
          const owner = BrowserWindow.fromWebContents(event.sender);
          return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
        },
      }),
    notify: ({ title, body }) => {
      if (!Notification.isSupported()) return Promise.resolve(fail('Notifications are not supported on this system.'));
      const notification = new Notification({ title, body });
      shownNotifications.add(notification);
      return new Promise((resolve) => {
        const ended = (outcome: NotificationOutcome) => {
          shownNotifications.delete(notification);
          resolve(ok(outcome));
        };
        notification.on('click', () => {
          focusMainWindow();
          ended('clicked');
        });
        notification.on('close', () => ended('closed'));
        notification.show();
      });
    },
    notificationsSupported: () => Notification.isSupported(),
  });
  const running = await server;
  contentSecurityPolicy = buildContentSecurityPolicy({ connectSources: running ? serverConnectSources(running.url) : [] });
  started = true;
  await createMainWindow();
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) void createMainWindow().catch(console.error);
  });
  app.on('will-quit', () => void server.then((running) => running?.stop()));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Liaison Desk failed to start:', error);
      app.exit(1);
    });
}

// The main window's options: every renderer hardening flag from Electron's security checklist is set
// explicitly (even where it matches the default) so a test can assert each one and a default change in a
// future Electron cannot loosen them silently.
import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowOptionsInput = {
  /** Absolute path of the CommonJS preload bundle. */
  preloadPath: string;
  /** DevTools only in unpackaged (developer) runs. */
  devTools: boolean;
  /** Window icon (Linux and Windows; macOS uses the bundle icon). */
  iconPath?: string;
};

export const createWindowOptions = ({ preloadPath, devTools, iconPath }: WindowOptionsInput): BrowserWindowConstructorOptions => ({
  title: 'Liaison Desk',
  width: 1280,
  height: 820,
  minWidth: 960,
  minHeight: 600,
  show: false,
  backgroundColor: '#f8f9fa',
  ...(iconPath ? { icon: iconPath } : {}),
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools,
  },
});

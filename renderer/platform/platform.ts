// The renderer's only way to the desktop shell. In Electron it forwards to the preload bridge
// (`window.desktop`); in a plain browser it degrades to web equivalents (webPlatform.ts) with the
// same contract, so features call `platform.*` and never check where they run unless they must.
import type { DesktopApi } from '../../shared/ipc/contract';
import { createWebPlatform } from './webPlatform';
import type { WebEnv } from './webPlatform';

declare global {
  interface Window {
    /** Set by electron/preload in the desktop shell; absent in a browser. Read only here. */
    readonly desktop?: DesktopApi;
  }
}

export type Platform = DesktopApi & {
  /** True inside the Electron shell (OS keychain, native save dialog, OS notifications). */
  readonly isDesktop: boolean;
};

export const createPlatform = (desktop: DesktopApi | undefined, webEnv?: WebEnv): Platform =>
  desktop ? { ...desktop, isDesktop: true } : { ...createWebPlatform(webEnv), isDesktop: false };

export const platform: Platform = createPlatform(window.desktop);

// Keeps every web contents on the app's own origin: navigations and redirects elsewhere are cancelled,
// new windows are never created (allow-listed https links go to the user's browser instead), and
// <webview> can never attach.
import type { WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/** Whether a top-level or frame navigation to `url` may proceed. */
export const isNavigationAllowed = (url: string): boolean => isAppUrl(url);

export type OpenExternal = (url: string) => Promise<boolean>;

export const guardWebContents = (contents: WebContents, openExternal: OpenExternal): void => {
  const cancelUnlessApp = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', cancelUnlessApp);
  contents.on('will-frame-navigate', cancelUnlessApp);
  contents.on('will-redirect', cancelUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url).catch(() => false);
    return { action: 'deny' };
  });
};

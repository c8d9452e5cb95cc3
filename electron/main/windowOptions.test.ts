import { describe, expect, it } from 'vitest';
import { createWindowOptions } from './windowOptions';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist-electron/preload/index.cjs', devTools: false, iconPath: '/app/icon.png' });
  const web = options.webPreferences ?? {};

  it('sets every renderer hardening flag explicitly', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.safeDialogs).toBe(true);
  });

  it('enables no extra Blink features and loads only the given preload', () => {
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.preload).toBe('/app/dist-electron/preload/index.cjs');
    expect(web.preload?.endsWith('.cjs')).toBe(true);
  });

  it('offers DevTools only when asked (unpackaged runs)', () => {
    expect(web.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: '/p.cjs', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('starts hidden (shown on ready-to-show) with a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.icon).toBe('/app/icon.png');
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(createWindowOptions({ preloadPath: '/p.cjs', devTools: false })).not.toHaveProperty('icon');
  });
});

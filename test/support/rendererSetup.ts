// Renderer unit tests run on jsdom with fake-indexeddb (loaded before this file). jsdom lacks
// matchMedia, which Mantine and our colour-scheme hook query; this stand-in never matches, i.e. a
// light-scheme, wide-screen, no-reduced-motion environment.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

afterEach(() => cleanup());

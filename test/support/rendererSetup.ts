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

// jsdom has no ResizeObserver either; Mantine's ScrollArea (Select and Combobox dropdowns) needs one.
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Nor document.fonts, which Mantine's autosize Textarea listens to (fonts never load in jsdom).
if (!document.fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget() });
}

afterEach(() => cleanup());

// Renderer unit tests run on jsdom with fake-indexeddb (loaded before this file).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

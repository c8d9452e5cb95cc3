// One build for every layer: the renderer (served by the server and by app://), the Electron main and
// preload, and the server bundle that both `npm run web` and the desktop's embedded server run.
// Runtime dependencies stay external: they ship in app.asar's node_modules, never inside a bundle.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies).flatMap((d) => [d, new RegExp(`^${d}/`)]),
];

// vite-plugin-electron builds in lib mode with package.json's module type (ESM here), which ignores
// output.format; a CommonJS bundle (the sandboxed preload) turns lib mode off and names its input.
const nodeBundle = (outDir: string, fileName: string, format: 'es' | 'cjs' = 'es', cjsInput?: string) => ({
  root,
  build: {
    outDir: `${root}/dist-electron/${outDir}`,
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    target: 'node20',
    ...(cjsInput ? { lib: false as const } : {}),
    rolldownOptions: { ...(cjsInput ? { input: cjsInput } : {}), external, output: { format, entryFileNames: fileName } },
  },
});

export default defineConfig({
  root: `${root}/renderer`,
  base: './',
  // The app version for the renderer's browser fallback (renderer/platform); the desktop asks main.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  publicDir: false,
  build: { outDir: `${root}/dist/renderer`, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  plugins: [
    react(),
    // The web build's offline shell: a service worker precaches the built UI so a browser at an EOC can
    // reload the app with no network (the data is already local). Registered by renderer/app/offlineShell.ts.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
    electron([
      { entry: `${root}/electron/main/index.ts`, vite: nodeBundle('main', 'index.js') },
      { entry: `${root}/electron/preload/index.ts`, vite: nodeBundle('preload', 'index.cjs', 'cjs', `${root}/electron/preload/index.ts`) },
      // main.js is the server; admin.js the admin CLI (`npm run admin`). Shared code lands in chunks next to them.
      { entry: { main: `${root}/server/main.ts`, admin: `${root}/server/admin/main.ts` }, vite: nodeBundle('server', '[name].js') },
    ]),
  ],
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'electron/**/*.test.ts', 'test/node/**/*.test.ts'],
          // Generous: a fresh PGlite database takes seconds to create, more on a loaded CI machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          setupFiles: ['fake-indexeddb/auto', 'test/support/rendererSetup.ts'],
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

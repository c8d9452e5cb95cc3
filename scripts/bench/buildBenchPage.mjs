// Builds the in-browser benchmark (test/bench: index.html drives the measurements, cold.html is the
// cold-start entry) with Vite's build() API into a temp directory. Its own inline config: nothing of
// the app build (vite.config.ts) applies and nothing of it reaches dist/ or app.asar. The page imports
// the real data layer (renderer/data) by relative path.
import { join } from 'node:path';
import { build } from 'vite';

/** @param {string} root repository root @param {string} outDir where the page is written */
export async function buildBenchPage(root, outDir) {
  const benchRoot = join(root, 'test/bench');
  await build({
    configFile: false,
    root: benchRoot,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2023',
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: { input: { index: join(benchRoot, 'index.html'), cold: join(benchRoot, 'cold.html') } },
    },
  });
  return outDir;
}

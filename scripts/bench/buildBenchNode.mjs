// Builds the node side of the sync benchmarks (TypeScript: test/bench/node, and the test/support
// helpers that start servers) with Vite's build() API for Node into a directory of the run, and
// imports it. That directory sits in the repository's .tmp/ at the depth of test/support, so the
// helpers' paths relative to import.meta.url (the built server, node_modules) resolve as from source.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const entries = {
  serverProcess: 'test/support/serverProcess.ts',
  postgres: 'test/support/postgres.ts',
  fanOutAccounts: 'test/bench/node/fanOutAccounts.ts',
  changeWriter: 'test/bench/node/changeWriter.ts',
  deviceSessions: 'test/bench/node/deviceSessions.ts',
  pushLoad: 'test/bench/node/pushLoad.ts',
};

/** @param {string} root repository root @param {string} outDir a directory directly inside root/.tmp */
export async function buildBenchNode(root, outDir) {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
  const modules = await Promise.all(Object.keys(entries).map(async (name) => import(pathToFileURL(join(outDir, `${name}.mjs`)).href)));
  return Object.assign({}, ...modules);
}

// What every measurement gets: the built page, origins (one static server per label, so one port and
// one IndexedDB store each, or a sync server serving the page), on-disk Chromium profiles (new, or
// copies of a fixture's profile: same origin, same data, separate LevelDB files), the node side of the
// sync benchmarks, shared fixtures computed once per run, and the run's parameters. A measurement
// module exports { title, run(ctx) } returning { rows, details }.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBenchNode } from './buildBenchNode.mjs';
import { buildBenchPage } from './buildBenchPage.mjs';
import { launchProfile, reportPageErrors } from './chromium.mjs';
import { profileSchedStats, serverSchedStats } from './processCpu.mjs';
import { serveStatic } from './staticServer.mjs';

/**
 * @typedef {{ measurement: string, result: string, target: string, pass: boolean | null, where: string }} BenchRow
 * @typedef {{ rows: BenchRow[], details?: string[] }} MeasurementOutcome
 * @typedef {{ title: string, run: (ctx: BenchContext) => Promise<MeasurementOutcome> }} Measurement
 * @typedef {Awaited<ReturnType<typeof createBenchContext>>} BenchContext
 */

/** @param {{ root: string, size: 'demo' | 'bench', now: number, seed: string }} options */
export async function createBenchContext({ root, size, now, seed }) {
  const tmp = await mkdtemp(join(tmpdir(), 'liaison-bench-'));
  const pageDir = await buildBenchPage(root, join(tmp, 'page'));
  const servers = new Map();
  const fixtures = new Map();
  const browsers = new Set();
  let nodeDir = null;
  let chromiumVersion = '';

  const ctx = {
    size,
    now,
    seed,
    /** IndexedDB database name used by every measurement (the app's own). */
    dbName: 'liaison-desk',
    /** The built page, for a sync server to serve (STATIC_DIR): the page and the API then share an origin. */
    pageDir,
    /** The origin (static server on its own port, `port` or any free one) for a label; the same label gives the same origin. */
    async origin(label, port = 0) {
      if (!servers.has(label)) servers.set(label, serveStatic(pageDir, port).then((s) => ({ ...s, label })));
      return servers.get(label);
    },
    /** A running server (startBuiltServer) as an origin; marks then also record the server's CPU time. */
    serverOrigin: (label, server) => ({ url: server.url, port: Number(new URL(server.url).port), label, dataDir: server.dataDir }),
    /** The node side of the sync benchmarks (buildBenchNode.mjs), built and imported once per run. */
    node() {
      return ctx.fixture('benchNode', async () => {
        await mkdir(join(root, '.tmp'), { recursive: true });
        nodeDir = await mkdtemp(join(root, '.tmp', 'bench-node-'));
        return buildBenchNode(root, nodeDir);
      });
    },
    /** A new, empty profile directory. */
    async newProfile(label) {
      const dir = join(tmp, 'profiles', label);
      await mkdir(dir, { recursive: true });
      return { label, dir };
    },
    /** A copy of a (closed) profile: same data on disk, its own files for this measurement. */
    async copyProfile(from, label) {
      const dir = join(tmp, 'profiles', label);
      await cp(from.dir, dir, { recursive: true });
      return { label, dir };
    },
    /** Launches Chromium on a profile; the caller closes the returned context. */
    async launch(profile) {
      const context = await launchProfile(profile.dir);
      browsers.add(context);
      context.on('close', () => browsers.delete(context));
      return context;
    },
    /** Opens `path` of an origin in a new page of the context, reporting page errors. */
    async open(context, origin, path, label) {
      const page = await context.newPage();
      reportPageErrors(page, label);
      await page.goto(`${origin.url}${path}`);
      chromiumVersion ||= await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '');
      return page;
    },
    /**
     * Runs one call of the page's benchmark API (window.liaisonBench) on a profile and origin, in a
     * browser launched for it and closed after. The page's `benchCpuMark(label)` calls land in
     * `cpuMarks` (time and scheduler statistics of the profile's Chromium processes at that moment).
     */
    async runInPage(origin, profile, method, request) {
      const { context, page, cpuMarks } = await ctx.openBenchPage(origin, profile);
      try {
        const result = await page.evaluate(([m, r]) => globalThis.liaisonBench[m](r), [method, request]);
        return { ...result, cpuMarks };
      } finally {
        await context.close();
      }
    },
    /** The benchmark page, ready, in a browser launched for the profile; the caller closes `context`. */
    async openBenchPage(origin, profile) {
      const context = await ctx.launch(profile);
      try {
        const cpuMarks = {};
        await context.exposeFunction('benchCpuMark', (label) => {
          cpuMarks[label] = ctx.mark(profile, origin);
        });
        const page = await ctx.open(context, origin, '/index.html', profile.label);
        await page.waitForFunction(() => globalThis.liaisonBench !== undefined, undefined, { timeout: 30_000 });
        return { context, page, cpuMarks };
      } catch (error) {
        await context.close();
        throw error;
      }
    },
    /**
     * Now, and the CPU/waiting seconds so far of the profile's Chromium threads (see processCpu.mjs);
     * `server`: the same for the server of a serverOrigin.
     */
    mark: (profile, origin) => ({
      at: performance.now(),
      sched: profileSchedStats(profile.dir),
      ...(origin?.dataDir ? { server: serverSchedStats(origin.dataDir) } : {}),
    }),
    /** A value computed once per run and shared by the measurements that need it. */
    fixture(name, make) {
      if (!fixtures.has(name)) fixtures.set(name, make(ctx));
      return fixtures.get(name);
    },
    where: (origin, profile) => `origin ${origin.label} (:${origin.port}), profile ${profile.label}`,
    chromiumVersion: () => chromiumVersion,
    async dispose() {
      await Promise.all([...browsers].map((b) => b.close().catch(() => undefined)));
      await Promise.all([...servers.values()].map(async (s) => (await s).close()));
      await rm(tmp, { recursive: true, force: true });
      if (nodeDir) await rm(nodeDir, { recursive: true, force: true });
    },
  };
  return ctx;
}

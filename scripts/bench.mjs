// `npm run bench`: builds the in-browser benchmark page, runs every measurement in Chromium against the
// real data layer (on-disk profiles, one origin/profile per measurement, all in this run) and prints
// one table. It is a report: the exit code is 0 even when a target is missed (1 only if a measurement
// could not run). Add a measurement: a module in scripts/bench/ exporting { title, run(ctx) } and one
// line in `measurements` below. `--size demo` runs the same on the small demo data set (smoke test).
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkLoadMeasurement } from './bench/bulkLoad.mjs';
import { coldStartMeasurement } from './bench/coldStart.mjs';
import { createBenchContext } from './bench/context.mjs';
import { logCommitMeasurement } from './bench/logCommit.mjs';
import { contentionLine, machineLine, markdownTable } from './bench/report.mjs';
import { searchTypingMeasurement } from './bench/searchTyping.mjs';

/** @type {import('./bench/context.mjs').Measurement[]} */
const measurements = [
  bulkLoadMeasurement,
  coldStartMeasurement,
  searchTypingMeasurement,
  logCommitMeasurement,
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sizeArg = process.argv.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? 'bench';
if (sizeArg !== 'bench' && sizeArg !== 'demo') throw new Error(`--size must be bench or demo, not ${sizeArg}`);
const DAY = 86_400_000;

const started = performance.now();
const loadAtStart = loadavg()[0];
const log = (text) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${text}\n`);

log(`building the benchmark page (data set: ${sizeArg})`);
// The data set is relative to the start of today (UTC): realistic dates, the same records all day.
const ctx = await createBenchContext({ root, size: sizeArg, now: Math.floor(Date.now() / DAY) * DAY, seed: 'liaison-desk-bench' });
const rows = [];
const details = [];
let failed = false;
try {
  for (const m of measurements) {
    log(`measuring ${m.title}`);
    try {
      const outcome = await m.run(ctx);
      rows.push(...outcome.rows);
      details.push(...(outcome.details ?? []));
    } catch (error) {
      failed = true;
      rows.push({ measurement: m.title, result: `ERROR: ${error instanceof Error ? error.message : String(error)}`, target: '', pass: false, where: '' });
    }
  }
} finally {
  await ctx.dispose();
}

const missed = rows.filter((r) => r.pass === false).length;
process.stdout.write([
  '',
  `Liaison Desk benchmark (${sizeArg} data set), ${new Date().toISOString()}, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  machineLine(ctx.chromiumVersion()),
  contentionLine(loadAtStart),
  '',
  markdownTable(rows),
  '',
  ...details.map((d) => `- ${d}`),
  '',
  missed === 0 ? 'All targets met.' : `${missed} of ${rows.length} rows MISSED their target (see FAIL above).`,
  'Wall-clock figures on a shared machine vary 5-40% between runs; compare the ratios, which are measured in this one run.',
  '',
].join('\n'));
process.exitCode = failed ? 1 : 0;

// `npm run bench`: builds the in-browser benchmark page, runs every measurement in Chromium against the
// real data layer (on-disk profiles, one origin/profile per measurement, all in this run; the sync ones
// against real servers too) and prints one table. It is a report: the exit code is 0 even when a target
// is missed (1 only if a measurement could not run). Add a measurement: a module in scripts/bench/
// exporting { title, run(ctx) } and one entry in `groups` below. `--size=demo` runs the same on the small demo data set (smoke test);
// `--only=sync` (or `directory`, or a measurement's title; comma-separated) runs only those.
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkLoadMeasurement } from './bench/bulkLoad.mjs';
import { coldStartMeasurement } from './bench/coldStart.mjs';
import { createBenchContext } from './bench/context.mjs';
import { initialSyncMeasurement } from './bench/initialSync.mjs';
import { logCommitMeasurement } from './bench/logCommit.mjs';
import { MeasurementNotRun } from './bench/notRun.mjs';
import { outreachMeasurement } from './bench/outreach.mjs';
import { pushThroughputMeasurement } from './bench/pushThroughput.mjs';
import { contentionLine, machineLine, markdownTable } from './bench/report.mjs';
import { searchTypingMeasurement } from './bench/searchTyping.mjs';
import { syncFanOutMeasurement } from './bench/syncFanOut.mjs';

/** @type {Record<string, import('./bench/context.mjs').Measurement[]>} by group */
const groups = {
  directory: [bulkLoadMeasurement, coldStartMeasurement, searchTypingMeasurement, logCommitMeasurement, outreachMeasurement],
  sync: [initialSyncMeasurement, syncFanOutMeasurement, pushThroughputMeasurement],
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizeArg = option('size') ?? 'bench';
if (sizeArg !== 'bench' && sizeArg !== 'demo') throw new Error(`--size must be bench or demo, not ${sizeArg}`);
const only = option('only')?.split(',');
const measurements = Object.entries(groups).flatMap(([group, list]) => list.filter((m) => !only || only.includes(group) || only.includes(m.title)));
if (measurements.length === 0) throw new Error(`--only=${only} names no group (${Object.keys(groups).join(', ')}) or measurement title`);
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
      const why = error instanceof MeasurementNotRun ? `not run: ${error.message}` : `ERROR: ${error instanceof Error ? error.message : String(error)}`;
      rows.push({ measurement: m.title, result: why, target: '', pass: false, where: '' });
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

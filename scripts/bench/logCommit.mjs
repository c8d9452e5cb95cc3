// Row 4: log entry commit time, `appendLogEntry` (entry + outbox mutation + customer's last contact in
// one transaction) on the loaded directory, one commit after another.
import { loadedDirectory } from './directoryFixture.mjs';
import { cpuPerOpText, schedBetween } from './processCpu.mjs';
import { median, ms, percentile } from './stats.mjs';

const TARGET_MS = 15;
const WARMUP = 5;
const COMMITS = 200;

/** @type {import('./context.mjs').Measurement} */
export const logCommitMeasurement = {
  title: 'log commit',
  async run(ctx) {
    const { origin, profile: loaded } = await loadedDirectory(ctx);
    const profile = await ctx.copyProfile(loaded, 'log-commit');
    const result = await ctx.runInPage(origin, profile, 'logCommits', { dbName: ctx.dbName, seed: `${ctx.seed}:log`, warmup: WARMUP, commits: COMMITS });
    if (result.failures.length > 0) throw new Error(`appendLogEntry refused ${result.failures.length} entries: ${result.failures[0]}`);
    const p95 = percentile(result.ms, 95);
    return {
      rows: [{
        measurement: `Log entry commit (\`appendLogEntry\`: entry + outbox in one transaction), ${result.ms.length} commits after ${WARMUP} warm-up`,
        result: `p50 ${ms(median(result.ms))}, p95 ${ms(p95)}, max ${ms(Math.max(...result.ms))}`,
        target: `p95 < ${TARGET_MS} ms`,
        pass: p95 < TARGET_MS,
        where: ctx.where(origin, profile) + ' (copy of bulk-app)',
      }],
      details: [
        `log commit: ${cpuPerOpText(schedBetween(result.cpuMarks['commits:start'], result.cpuMarks['commits:end']), result.ms.length, 'commit')};` +
          ` the database then held ${result.logEntries} log entries and ${result.outbox} outbox mutations`,
      ],
    };
  },
};

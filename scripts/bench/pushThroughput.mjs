// Server push throughput on PostgreSQL: 200 devices (20 at demo size) push at once to the built server on
// a throwaway PostgreSQL cluster (test/support/postgres.ts), each with its own client id and seq, each
// batch of new log entries once the previous one was acknowledged. Sessions are made server-side (see
// test/bench/node/deviceSessions.ts), so the sign-in rate limiter is not involved.
import { MeasurementNotRun } from './notRun.mjs';
import { serverSchedStats } from './processCpu.mjs';
import { median, ms, percentile, rate } from './stats.mjs';

const DEVICES = { bench: 200, demo: 20 };
const ROUNDS = { bench: 5, demo: 3 };
const BATCH_SIZE = 50;

async function startPostgres(node) {
  try {
    return await node.startTestPostgres();
  } catch (error) {
    if (error instanceof node.PostgresNotInstalledError) throw new MeasurementNotRun('PostgreSQL not installed');
    throw error;
  }
}

/** @type {import('./context.mjs').Measurement} */
export const pushThroughputMeasurement = {
  title: 'push throughput',
  async run(ctx) {
    const node = await ctx.node();
    const cluster = await startPostgres(node);
    try {
      const databaseUrl = await cluster.createDatabase('liaison_bench');
      const server = await node.startBuiltServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
      try {
        const devices = await node.createDeviceSessions(databaseUrl, DEVICES[ctx.size]);
        const cpuBefore = serverSchedStats(server.dataDir);
        const loadCpu = process.cpuUsage();
        const load = await node.runPushLoad({ url: server.url, devices, rounds: ROUNDS[ctx.size], batchSize: BATCH_SIZE });
        const { user, system } = process.cpuUsage(loadCpu);
        const cpuAfter = serverSchedStats(server.dataDir);
        if (load.notApplied > 0) throw new Error(`${load.notApplied} mutations were not applied, e.g. ${load.firstProblem}`);
        const users = new Set(devices.map((d) => d.userId)).size;
        return {
          rows: [{
            measurement: `Server push throughput on PostgreSQL: ${devices.length} devices pushing at once, ${ROUNDS[ctx.size]} batches of ${BATCH_SIZE} new log entries each`,
            result: `mutations applied: ${rate((1000 * load.applied) / load.ms)}; push latency p50 ${ms(median(load.latencies))}, p95 ${ms(percentile(load.latencies, 95))}`,
            target: '— (reported)',
            pass: null,
            where: `server :${new URL(server.url).port} on a throwaway PostgreSQL cluster; load from the bench's node process`,
          }],
          details: [
            `push throughput: ${load.applied} mutations applied in ${ms(load.ms)} (${load.latencies.length} pushes, max ${ms(Math.max(...load.latencies))});` +
              ` server process ${cpuBefore && cpuAfter ? `${(cpuAfter.cpu - cpuBefore.cpu).toFixed(1)} CPU s` : 'CPU not available'},` +
              ` load generator ${((user + system) / 1e6).toFixed(1)} CPU s (PostgreSQL's own processes not counted);` +
              ` ${devices.length} device sessions for the server's ${users} demo accounts made server-side with createSession (server/auth/sessionStore) in a setup step,` +
              ' so no sign-in request meets the sign-in rate limiter or a scrypt check; every device its own client id, seq from 1',
          ],
        };
      } finally {
        await server.stop();
      }
    } finally {
      await cluster.stop();
    }
  },
};

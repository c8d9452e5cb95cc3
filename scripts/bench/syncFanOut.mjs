// Time for a change to reach connected clients: 20 liaisons' devices (5 at demo size) running the app's
// sync engine with its live signal, each in its own Chromium (a browser opens at most 6 connections per
// host, and every live signal holds one). A writer pushes one new log entry at a time; a client's time
// runs from the writer's push being acknowledged to the entry's commit in that client's IndexedDB.
import { median, ms, percentile } from './stats.mjs';

const TARGET_P95_MS = 1000;
const CLIENTS = { bench: 20, demo: 5 };
const CHANGES = { bench: 10, demo: 5 };
/** Between changes, so each one starts from idle clients. */
const PAUSE_MS = 500;
const ARRIVAL_TIMEOUT_MS = 30_000;

const within = (promise, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ARRIVAL_TIMEOUT_MS).unref())]);

/** @type {import('./context.mjs').Measurement} */
export const syncFanOutMeasurement = {
  title: 'change fan-out',
  async run(ctx) {
    const { startBuiltServer, createFanOutAccounts, changeWriter } = await ctx.node();
    const server = await startBuiltServer({ env: { DEMO_SIZE: 'demo', STATIC_DIR: ctx.pageDir } });
    const browsers = [];
    try {
      const origin = ctx.serverOrigin('fan-out server', server);
      const { adminToken, regionId, liaisons } = await createFanOutAccounts(server.url, CLIENTS[ctx.size]);
      const clients = [];
      for (const [i, account] of liaisons.entries()) {
        const { context, page } = await ctx.openBenchPage(origin, await ctx.newProfile(`fan-out-${i + 1}`));
        browsers.push(context);
        clients.push({ page, ready: await page.evaluate((a) => globalThis.liaisonBench.connectDevice(a), account) });
      }
      const writer = changeWriter(server.url, adminToken, regionId);
      const fromAck = [];
      const fromSent = [];
      const slowest = [];
      const roundTrips = [];
      for (let c = 0; c < CHANGES[ctx.size]; c++) {
        const change = writer.next();
        await Promise.all(clients.map(({ page }) => page.evaluate((id) => globalThis.liaisonBench.watchLogEntry(id), change.id)));
        const pushed = await change.push();
        const arrivals = await within(Promise.all(clients.map(({ page }) => page.evaluate((id) => globalThis.liaisonBench.logEntryArrival(id), change.id))), `change ${c + 1} on every client`);
        fromAck.push(...arrivals.map((at) => at - pushed.ackAt));
        fromSent.push(...arrivals.map((at) => at - pushed.sentAt));
        slowest.push(Math.max(...arrivals) - pushed.ackAt);
        roundTrips.push(pushed.ackAt - pushed.sentAt);
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
      const p95 = percentile(fromAck, 95);
      const stored = clients[0].ready.stored;
      return {
        rows: [{
          measurement: `Change reaches ${clients.length} connected clients (live signal → pull → IndexedDB), ${roundTrips.length} changes × ${clients.length} clients`,
          result: `p50 ${ms(median(fromAck))}, p95 ${ms(p95)}, max ${ms(Math.max(...fromAck))} (from the writer's push acknowledged)`,
          target: `p95 < ${TARGET_P95_MS} ms`,
          pass: p95 < TARGET_P95_MS,
          where: `server :${origin.port} (PGlite, serves the page); profiles fan-out-1…${clients.length}, one Chromium each`,
        }],
        details: [
          `change fan-out: each change one new log entry pushed by the demo admin (its own client id and seq; push round trip p50 ${ms(median(roundTrips))});` +
            ` from the push sent: p50 ${ms(median(fromSent))}, p95 ${ms(percentile(fromSent, 95))}; last client per change p50 ${ms(median(slowest))}, max ${ms(Math.max(...slowest))}`,
          `change fan-out clients: ${clients.length} liaisons made through the admin API, each signed in on its own device (Chromium profile) holding the demo data set` +
            ` (${Object.values(stored).reduce((a, b) => a + b, 0)} records), first sync + live signal ready in median ${ms(median(clients.map((c) => c.ready.readyMs)))}`,
        ],
      };
    } finally {
      await Promise.all(browsers.map((b) => b.close()));
      await server.stop();
    }
  },
};

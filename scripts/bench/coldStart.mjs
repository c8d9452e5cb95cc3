// Row 2: cold start to first data with the loaded directory on disk. cold.html opens the database
// and resolves the first page of the customer list; times are from navigation start. Each browser
// launch loads it once (first page after launch), then again in new pages of the same context.
import { loadedDirectory } from './directoryFixture.mjs';
import { cpuPerOpText, schedBetween } from './processCpu.mjs';
import { median, ms } from './stats.mjs';

const LAUNCHES = 3;
const PAGES_PER_LAUNCH = 3;
const TARGET_MS = 1000;

async function loadOnce(ctx, context, origin, profile) {
  const start = ctx.mark(profile);
  const page = await ctx.open(context, origin, `/cold.html?db=${encodeURIComponent(ctx.dbName)}`, profile.label);
  try {
    await page.waitForFunction(() => globalThis.coldStartResult !== undefined || globalThis.coldStartError !== undefined, undefined, { timeout: 60_000 });
    const end = ctx.mark(profile);
    const { result, error } = await page.evaluate(() => ({ result: globalThis.coldStartResult, error: globalThis.coldStartError }));
    if (!result) throw new Error(`cold start failed: ${error}`);
    return { ...result, sched: schedBetween(start, end) };
  } finally {
    await page.close();
  }
}

function totalSched(runs) {
  const list = runs.map((r) => r.sched).filter(Boolean);
  if (list.length === 0) return null;
  const cpu = list.reduce((n, s) => n + s.cpu, 0);
  const wait = list.reduce((n, s) => n + s.wait, 0);
  return { cpu, wait, waitShare: cpu + wait > 0 ? wait / (cpu + wait) : 0 };
}

/** @type {import('./context.mjs').Measurement} */
export const coldStartMeasurement = {
  title: 'cold start',
  async run(ctx) {
    const { origin, profile: loaded } = await loadedDirectory(ctx);
    const profile = await ctx.copyProfile(loaded, 'cold-start');
    const afterLaunch = [];
    const freshPages = [];
    for (let i = 0; i < LAUNCHES; i++) {
      const context = await ctx.launch(profile);
      try {
        for (let p = 0; p < PAGES_PER_LAUNCH; p++) (p === 0 ? afterLaunch : freshPages).push(await loadOnce(ctx, context, origin, profile));
      } finally {
        await context.close();
      }
    }
    const all = [...afterLaunch, ...freshPages];
    const worst = Math.max(...all.map((r) => r.firstPage));
    const phase = (runs, key) => ms(median(runs.map((r) => r[key])));
    return {
      rows: [{
        measurement: `Cold start to first data (${all[0].total} customers listed): page load → open DB → first customer page`,
        result: `fresh page median ${ms(median(freshPages.map((r) => r.firstPage)))}; first after browser launch median ${ms(median(afterLaunch.map((r) => r.firstPage)))}; worst ${ms(worst)}`,
        target: `< ${TARGET_MS} ms (worst of ${all.length})`,
        pass: worst < TARGET_MS,
        where: ctx.where(origin, profile) + ' (copy of bulk-app)',
      }],
      details: [
        `cold start (median of ${all.length}, ms since navigation start): script running ${phase(all, 'scriptStart')}, database open ${phase(all, 'dbOpen')},` +
          ` first page of ${all[0].rows} rows ${phase(all, 'firstPage')}, rows painted ${phase(all, 'firstRowsPainted')}, all ${all[0].total} counted ${phase(all, 'counted')}` +
          ` (${LAUNCHES} browser launches × ${PAGES_PER_LAUNCH} page loads); ${cpuPerOpText(totalSched(all), all.length, 'page load')}`,
        `cold start, first page after browser launch (median of ${afterLaunch.length}): script running ${phase(afterLaunch, 'scriptStart')}, database open ${phase(afterLaunch, 'dbOpen')}, first page ${phase(afterLaunch, 'firstPage')}`,
      ],
    };
  },
};

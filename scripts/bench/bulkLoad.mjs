// Row 1: bulk load of the directory through the app's data layer (`bulkLoad`) against a bare Dexie
// `bulkPut` of the same prepared rows into the same schema, each in its own origin AND profile, both
// in this run. Customers and contacts are timed separately (each its own transaction) and together.
import { loadedDirectory } from './directoryFixture.mjs';
import { MeasurementNotRun } from './notRun.mjs';
import { schedBetween } from './processCpu.mjs';
import { count, ms, perSecond, rate } from './stats.mjs';

const TARGET_RATIO = 0.8;

function row(label, app, bare, where) {
  const appRate = perSecond(app.records, app.ms);
  const bareRate = perSecond(bare.records, bare.ms);
  const ratio = appRate / bareRate;
  const cpuRatio = app.cpu && bare.cpu ? ` (by CPU time ${((bare.cpu / bare.records) / (app.cpu / app.records)).toFixed(2)})` : '';
  return {
    measurement: `Bulk load ${label}: app \`bulkLoad\` vs bare \`bulkPut\``,
    result: `app ${rate(appRate)}, bare ${rate(bareRate)}, ratio ${ratio.toFixed(2)}${cpuRatio}`,
    target: `ratio ≥ ${TARGET_RATIO.toFixed(2)}`,
    pass: ratio >= TARGET_RATIO,
    where,
  };
}

const sum = (a, b) => ({ records: a.records + b.records, ms: a.ms + b.ms, cpu: a.cpu && b.cpu ? a.cpu + b.cpu : null });

/** The load's timings plus the CPU seconds its Chromium processes used during each timed write. */
function withCpu(result) {
  const cpu = (t) => {
    const sched = schedBetween(result.cpuMarks[`${t.cpuLabel}:start`], result.cpuMarks[`${t.cpuLabel}:end`]);
    return { ...t, cpu: sched?.cpu ?? null, waitShare: sched?.waitShare ?? null };
  };
  return { ...result, customers: cpu(result.customers), contacts: cpu(result.contacts) };
}
const cpuText = (t) => (t.cpu === null ? '' : ` (${t.cpu.toFixed(1)} CPU s, waited for a core ${(100 * t.waitShare).toFixed(0)}%)`);

/** @type {import('./context.mjs').Measurement} */
export const bulkLoadMeasurement = {
  title: 'bulk load',
  async run(ctx) {
    const app = await loadedDirectory(ctx);
    if (app.reused) throw new MeasurementNotRun(`the loaded directory was reused from BENCH_DIRECTORY_CACHE=${app.reused}`);
    const bareOrigin = await ctx.origin('bare');
    const bareProfile = await ctx.newProfile('bulk-bare');
    const bare = withCpu(await ctx.runInPage(bareOrigin, bareProfile, 'bareLoad', { now: ctx.now, size: ctx.size, dbName: ctx.dbName }));
    const a = withCpu(app.load);
    for (const [name, result] of [['app', a], ['bare', bare]]) {
      if (result.stored.customers !== result.customers.records || result.stored.contacts !== result.contacts.records) {
        throw new Error(`${name} load stored ${JSON.stringify(result.stored)} of ${result.customers.records}/${result.contacts.records}`);
      }
    }
    const where = `app: ${ctx.where(app.origin, app.profile)}; bare: ${ctx.where(bareOrigin, bareProfile)}`;
    return {
      rows: [
        row(`${count(a.contacts.records)} contacts`, a.contacts, bare.contacts, where),
        row(`${count(a.customers.records)} customers`, a.customers, bare.customers, where),
        row(`both (${count(a.contacts.records + a.customers.records)} records)`, sum(a.customers, a.contacts), sum(bare.customers, bare.contacts), where),
      ],
      details: [
        `bulk load: app contacts ${ms(a.contacts.ms)}${cpuText(a.contacts)}, customers ${ms(a.customers.ms)}${cpuText(a.customers)};` +
          ` bare contacts ${ms(bare.contacts.ms)}${cpuText(bare.contacts)}, customers ${ms(bare.customers.ms)}${cpuText(bare.customers)}` +
          ` (CPU s: all threads of the profile's Chromium processes during the timed write; waited: share of their runnable time spent waiting for a core; bare rows derived beforehand in ${ms(bare.prepareMs)}, untimed;` +
          ` data set generated in the page in ${ms(a.generateMs)}, untimed)`,
      ],
    };
  },
};

// Initial sync: a fresh device pulls everything a real server holds through the app's sync engine, into
// IndexedDB, against a bare Dexie `bulkPut` of the same records (pulled and derived beforehand,
// untimed) into the same schema, each in its own profile, both in this run. The server is the built one
// on embedded PGlite, seeded with the run's data set (DEMO_SIZE) and serving the page (STATIC_DIR).
import { schedBetween } from './processCpu.mjs';
import { count, ms, perSecond, rate } from './stats.mjs';

const TARGET_RATIO = 0.8;
/** Seeding the bench data set into PGlite takes minutes on a busy machine. */
const SEED_TIMEOUT_MS = 20 * 60_000;

const serverCpu = (marks, label) => {
  const start = marks[`${label}:start`]?.server;
  const end = marks[`${label}:end`]?.server;
  return start && end ? end.cpu - start.cpu : null;
};
const cpuText = (sched) => (sched
  ? `${sched.cpu.toFixed(1)} CPU s in Chromium (the page's renderer ${sched.rendererCpu.toFixed(1)}, the rest mostly the browser process's IndexedDB backend), waited for a core ${(100 * sched.waitShare).toFixed(0)}%`
  : 'CPU time not available');
const countsText = (stored) => Object.entries(stored).filter(([, n]) => n > 0).map(([table, n]) => `${count(n)} ${table}`).join(', ');

/** @type {import('./context.mjs').Measurement} */
export const initialSyncMeasurement = {
  title: 'initial sync',
  async run(ctx) {
    const { startBuiltServer } = await ctx.node();
    const seedStart = performance.now();
    const server = await startBuiltServer({ env: { DEMO_SIZE: ctx.size, STATIC_DIR: ctx.pageDir }, timeoutMs: SEED_TIMEOUT_MS });
    const seedMs = performance.now() - seedStart;
    try {
      const origin = ctx.serverOrigin('sync server', server);
      const appProfile = await ctx.newProfile('sync-app');
      const bareProfile = await ctx.newProfile('sync-bare');
      const app = await ctx.runInPage(origin, appProfile, 'appInitialSync', { deviceName: 'bench initial sync (app)' });
      const bare = await ctx.runInPage(origin, bareProfile, 'bareInitialSync', { deviceName: 'bench initial sync (bare)' });
      if (JSON.stringify(app.stored) !== JSON.stringify(bare.stored) || app.sync.records !== bare.write.records) {
        throw new Error(`the app stored ${JSON.stringify(app.stored)}, the bare load ${JSON.stringify(bare.stored)} of ${bare.write.records} records`);
      }
      const appRate = perSecond(app.sync.records, app.sync.ms);
      const bareRate = perSecond(bare.write.records, bare.write.ms);
      const ratio = appRate / bareRate;
      const appSched = schedBetween(app.cpuMarks['sync:start'], app.cpuMarks['sync:end']);
      const bareSched = schedBetween(bare.cpuMarks['bare:start'], bare.cpuMarks['bare:end']);
      const appServerCpu = serverCpu(app.cpuMarks, 'sync');
      const cpuRatio = appSched && bareSched && appServerCpu !== null
        ? ` (by CPU time, the server's included ${((bareSched.cpu / bare.write.records) / ((appSched.cpu + appServerCpu) / app.sync.records)).toFixed(2)})`
        : '';
      return {
        rows: [{
          measurement: `Initial sync of ${count(app.sync.records)} records from the server: app sync engine (pull + apply into IndexedDB) vs bare \`bulkPut\``,
          result: `app ${rate(appRate)}, bare ${rate(bareRate)}, ratio ${ratio.toFixed(2)}${cpuRatio}`,
          target: `ratio ≥ ${TARGET_RATIO.toFixed(2)}`,
          pass: ratio >= TARGET_RATIO,
          where: `server :${origin.port} (PGlite, serves the page); app: profile ${appProfile.label}; bare: profile ${bareProfile.label}`,
        }],
        details: [
          `initial sync: ${countsText(app.stored)}; server seeded with the ${ctx.size} data set (DEMO_SIZE=${ctx.size}) in ${ms(seedMs)}, untimed`,
          `initial sync, app: ${ms(app.sync.ms)} from engine start to its first sync complete (/me, push, ${bare.pages} pull pages of up to 250 records, the engine's page size, each applied in one transaction; the bare side writes the same 250 rows per transaction);` +
            ` ${cpuText(appSched)}; server ${appServerCpu === null ? 'CPU not available' : `${appServerCpu.toFixed(1)} CPU s`}`,
          `initial sync, bare: bulkPut of the same rows ${ms(bare.write.ms)}, ${cpuText(bareSched)}; untimed before it: pulling the same ${bare.pages} pages through the sync API` +
            ` (server query, transfer, JSON, response schema) ${ms(bare.fetchMs)}, deriving rows ${ms(bare.prepareMs)}`,
          `initial sync, where the app's time goes: pulling the pages took ${ms(bare.fetchMs)} on the bare side; the engine requests the next page while it applies one` +
            ` (validation, derived fields, overlay checks, IndexedDB writes), so its ${ms(app.sync.ms)} is mostly applying, against ${ms(bare.write.ms)} for the bare bulkPut`,
        ],
      };
    } finally {
      await server.stop();
    }
  },
};

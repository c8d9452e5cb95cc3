// Row 5: outreach for the active event of the loaded directory, computed and recomputed after logged
// calls as the Outreach view does: once narrowed to about 5k affected customers (the size the issue
// names; target: no main-thread task over 200 ms), and once for the whole storm (~33k, reported).
import { loadedDirectory } from './directoryFixture.mjs';
import { median, ms } from './stats.mjs';

const UPDATES = 10;
const STALL_MS = 200;

/** @type {import('./context.mjs').Measurement} */
export const outreachMeasurement = {
  title: 'outreach',
  async run(ctx) {
    const { origin, profile: loaded } = await loadedDirectory(ctx);
    const rows = [];
    for (const customers of [5000, null]) {
      const profile = await ctx.copyProfile(loaded, customers === null ? 'outreach-storm' : 'outreach-5k');
      const r = await ctx.runInPage(origin, profile, 'outreachUpdates', { dbName: ctx.dbName, updates: UPDATES, customers });
      const longest = Math.max(0, ...r.longTasks);
      rows.push({
        measurement: `Outreach for the active event (${r.customers} customers to contact, ${r.callbacks} callbacks): compute, then ${UPDATES} × (log a call, recompute)`,
        result: `first ${ms(r.firstMs)}; recompute median ${ms(median(r.updateMs))}, max ${ms(Math.max(...r.updateMs))}; longest main-thread task ${ms(longest)} (${r.longTasks.length} tasks ≥ 50 ms)`,
        target: customers === null ? '— (reported)' : `no task > ${STALL_MS} ms`,
        pass: customers === null ? null : longest <= STALL_MS,
        where: ctx.where(origin, profile) + ' (copy of bulk-app)',
      });
    }
    return { rows };
  },
};

// The loaded directory: the full data set written through the app's data layer into origin "app",
// profile "bulk-app". Its timing is row 1's app side; its profile (closed, data on disk) is copied for
// cold start, search and log commits, which need a database "at that size".

/** @param {import('./context.mjs').BenchContext} ctx */
export function loadedDirectory(ctx) {
  return ctx.fixture('loadedDirectory', async () => {
    const origin = await ctx.origin('app');
    const profile = await ctx.newProfile('bulk-app');
    const load = await ctx.runInPage(origin, profile, 'appLoad', { now: ctx.now, size: ctx.size, dbName: ctx.dbName });
    return { origin, profile, load };
  });
}

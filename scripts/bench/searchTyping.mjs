// Row 3: search-as-you-type over the loaded directory: realistic queries (contact names, phone digits
// without punctuation, account numbers, multi-word) typed keystroke by keystroke, `searchDirectory`
// timed per keystroke.
import { loadedDirectory } from './directoryFixture.mjs';
import { cpuPerOpText, schedBetween } from './processCpu.mjs';
import { count, median, ms, percentile } from './stats.mjs';

const TARGET_P95_MS = 25;

/** Of the hits a complete query should return (min(limit, true matches)), how many it returned. */
function recallText(queries) {
  const expected = queries.reduce((n, q) => n + Math.min(q.limit, q.trueMatches), 0);
  const correct = queries.reduce((n, q) => n + q.correctHits, 0);
  const wrong = queries.reduce((n, q) => n + q.hits - q.correctHits, 0);
  const truths = queries.map((q) => q.trueMatches).sort((a, b) => a - b);
  return `true matches ${truths[0]}–${truths.at(-1)} (median ${median(truths)}), recall ${expected === 0 ? 'n/a' : `${((100 * correct) / expected).toFixed(0)}%`}` +
    (wrong > 0 ? `, ${wrong} hits not matching every term` : '');
}

/** @type {import('./context.mjs').Measurement} */
export const searchTypingMeasurement = {
  title: 'search as you type',
  async run(ctx) {
    const { origin, profile: loaded, load } = await loadedDirectory(ctx);
    const profile = await ctx.copyProfile(loaded, 'search');
    const { samples, queries, cpuMarks } = await ctx.runInPage(origin, profile, 'searchTyping', { dbName: ctx.dbName, seed: `${ctx.seed}:search`, queriesPerKind: 6 });
    const times = samples.map((s) => s.ms);
    const p95 = percentile(times, 95);
    const kinds = [...new Set(samples.map((s) => s.kind))];
    const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
    return {
      rows: [{
        measurement: `Search-as-you-type over ${count(load.contacts.records)} contacts (\`searchDirectory\` per keystroke, ${samples.length} keystrokes, ${queries.length} queries)`,
        result: `p50 ${ms(median(times))}, p95 ${ms(p95)}, max ${ms(Math.max(...times))}`,
        target: `p95 < ${TARGET_P95_MS} ms`,
        pass: p95 < TARGET_P95_MS,
        where: ctx.where(origin, profile) + ' (copy of bulk-app)',
      }],
      details: [
        ...kinds.map((kind) => {
          const own = samples.filter((s) => s.kind === kind).map((s) => s.ms);
          const typed = queries.filter((q) => q.kind === kind);
          return `search "${kind}" (e.g. "${typed[0]?.query}"): ${own.length} keystrokes, p50 ${ms(median(own))}, p95 ${ms(percentile(own, 95))};` +
            ` complete queries: ${recallText(typed)}, source customer among the hits ${typed.filter((q) => q.foundTarget).length}/${typed.length}`;
        }),
        `search recall over all ${queries.length} complete queries: ${recallText(queries)}`,
        `search typing: ${cpuPerOpText(schedBetween(cpuMarks['typing:start'], cpuMarks['typing:end']), samples.length, 'keystroke')}`,
        `search slowest keystrokes: ${slowest.map((s) => `"${s.text}" ${ms(s.ms)} (${s.hits} hits)`).join(', ')}`,
      ],
    };
  },
};

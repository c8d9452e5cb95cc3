// The printed report: one machine line, one markdown table (target and pass/fail per row) and the
// details under it.
import { cpus, loadavg, release, totalmem } from 'node:os';

const cell = (text) => String(text).replaceAll('|', '\\|');

/** A warning when other processes kept the CPUs busy: every wall-clock figure is then inflated. */
export function contentionLine(loadAtStart) {
  const cores = cpus().length;
  const now = loadavg()[0];
  const worst = Math.max(loadAtStart, now);
  return worst > cores
    ? `WARNING: the machine was busy (1-min load average ${loadAtStart.toFixed(1)} at start, ${now.toFixed(1)} at end, on ${cores} cores): wall-clock figures are inflated;` +
      ' the CPU-time figures and the ratios measured in this run are the ones to compare.'
    : `machine not overloaded (1-min load average ${loadAtStart.toFixed(1)} at start, ${now.toFixed(1)} at end, ${cores} cores).`;
}

export function machineLine(chromiumVersion) {
  const cores = cpus();
  return `machine: ${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Linux ${release()},` +
    ` Node ${process.version}, Chromium ${chromiumVersion || 'unknown'} (headless, on-disk profiles)`;
}

/** @param {import('./context.mjs').BenchRow[]} rows */
export function markdownTable(rows) {
  const header = ['#', 'measurement', 'result', 'target', 'pass', 'origin / profile'];
  const lines = rows.map((r, i) => [String(i + 1), r.measurement, r.result, r.target, r.pass === null ? '—' : r.pass ? 'PASS' : 'FAIL', r.where]);
  return [header, header.map(() => '---'), ...lines].map((cols) => `| ${cols.map(cell).join(' | ')} |`).join('\n');
}

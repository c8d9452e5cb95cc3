// CPU use of the Chromium processes of one profile (or of one server process), from Linux's per-thread
// scheduler statistics (/proc/<pid>/task/<tid>/schedstat: nanoseconds on a CPU, nanoseconds runnable
// but waiting for one).
// The browser process runs IndexedDB's LevelDB backend, the renderer runs the page. On a shared, busy
// machine wall-clock figures swing with everyone else's load; CPU time much less, and the waiting
// time says how much the run was held back.
import { readFileSync, readdirSync } from 'node:fs';

const list = (dir) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * Seconds summed over all threads of the processes whose /proc/<pid>/<file> contains `text` (`renderer`:
 * the CPU part of Chromium renderer processes, which run the page); null off Linux.
 */
function schedStatsOf(file, text) {
  const pids = list('/proc').filter((name) => /^\d+$/.test(name));
  if (pids.length === 0) return null;
  let cpu = 0;
  let wait = 0;
  let renderer = 0;
  for (const pid of pids) {
    let isRenderer;
    try {
      if (!readFileSync(`/proc/${pid}/${file}`, 'utf8').includes(text)) continue;
      isRenderer = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      continue;
    }
    for (const tid of list(`/proc/${pid}/task`)) {
      try {
        const [onCpu, waiting] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        cpu += onCpu;
        wait += waiting;
        if (isRenderer) renderer += onCpu;
      } catch {
        // the thread ended between listing and reading
      }
    }
  }
  return { cpu: cpu / 1e9, wait: wait / 1e9, renderer: renderer / 1e9 };
}

/** @returns {{ cpu: number, wait: number, renderer: number } | null} seconds summed over all threads; null off Linux */
export const profileSchedStats = (profileDir) => schedStatsOf('cmdline', `--user-data-dir=${profileDir}`);

/** The same for a server started by startBuiltServer (test/support/serverProcess.ts), found by its DATA_DIR. */
export const serverSchedStats = (dataDir) => schedStatsOf('environ', `DATA_DIR=${dataDir}\0`);

/** CPU and waiting seconds between two marks, and the share of runnable time spent waiting. */
export function schedBetween(start, end) {
  if (!start || !end || !start.sched || !end.sched) return null;
  const cpu = end.sched.cpu - start.sched.cpu;
  const wait = end.sched.wait - start.sched.wait;
  const rendererCpu = end.sched.renderer - start.sched.renderer;
  return { cpu, wait, rendererCpu, waitShare: cpu + wait > 0 ? wait / (cpu + wait) : 0, wallMs: end.at - start.at };
}

/** "mean CPU 4.1 ms per keystroke (all Chromium threads), waited for a core 12% of runnable time" */
export function cpuPerOpText(sched, ops, unit) {
  if (!sched || ops === 0) return 'CPU time not available';
  return `mean CPU ${((1000 * sched.cpu) / ops).toFixed(1)} ms per ${unit} (all Chromium threads), waited for a core ${(100 * sched.waitShare).toFixed(0)}% of runnable time`;
}

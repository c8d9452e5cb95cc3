// Times one write in the page and marks the profile's CPU time around it (`<label>:start`, `<label>:end`),
// so the driving script can tell the CPU seconds the write cost from the wall-clock time it took.
import type { TimedLoad } from './benchApi';

export async function timed(cpuLabel: string, records: number, write: () => Promise<unknown>): Promise<TimedLoad> {
  await window.benchCpuMark?.(`${cpuLabel}:start`);
  const start = performance.now();
  await write();
  const ms = performance.now() - start;
  await window.benchCpuMark?.(`${cpuLabel}:end`);
  return { records, ms, cpuLabel };
}

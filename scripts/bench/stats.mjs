// Small statistics and formatting helpers shared by the measurements.

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => percentile(values, 50);

export const ms = (value) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);

export const perSecond = (records, elapsedMs) => (records * 1000) / elapsedMs;

export const rate = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)}k/s` : `${Math.round(value)}/s`);

export const count = (value) => (value >= 1000 && value % 1000 === 0 ? `${value / 1000}k` : String(value));

// How long to wait before trying an unreachable server again: exponential with "equal jitter" (half
// fixed, half random), so a server that comes back is not hit by every client in the same second.

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
}

/** Delay before retry number `attempt` (0 = first retry); `random` returns [0, 1). */
export function backoffDelay(attempt: number, random: () => number, { baseMs = 1000, maxMs = 60_000 }: BackoffOptions = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

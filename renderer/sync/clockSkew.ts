// Clock skew between this device and the server, from the Date header of the server's answers. Beyond
// five minutes the server refuses changes stamped ahead of it, and times recorded here are wrong, so
// the user is told in plain words what to fix.
import { MAX_CLOCK_AHEAD_MS } from '../../shared/api/sync';

/** Device time minus server time in ms (positive: this device is ahead), or null without a usable header. */
export function skewFromDateHeader(dateHeader: string | null, deviceNowMs: number): number | null {
  if (!dateHeader) return null;
  const serverMs = Date.parse(dateHeader);
  return Number.isNaN(serverMs) ? null : deviceNowMs - serverMs;
}

export const isSkewed = (skewMs: number | null): skewMs is number => skewMs !== null && Math.abs(skewMs) > MAX_CLOCK_AHEAD_MS;

const minutes = (ms: number) => {
  const n = Math.round(Math.abs(ms) / 60_000);
  if (n >= 120) return `${Math.round(n / 60)} hours`;
  return n === 1 ? '1 minute' : `${n} minutes`;
};

/** The warning shown to the user; `skewMs` null when only a `clock_ahead` refusal told us. */
export function describeSkew(skewMs: number | null): string {
  if (skewMs === null || skewMs > 0) {
    const by = skewMs === null ? 'more than 5 minutes' : minutes(skewMs);
    return `This computer's clock is ${by} ahead of the server. The server refuses changes stamped in its future: set the correct time in the system settings, then retry the refused changes.`;
  }
  return `This computer's clock is ${minutes(skewMs)} behind the server. Times recorded on this computer will be wrong: set the correct time in the system settings.`;
}

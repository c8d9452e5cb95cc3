import { useEffect, useState } from 'react';

/** The wall clock, refreshed every `intervalMs`: relative times, due and overdue states, "contacted
 *  today" on a desk left open for days. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

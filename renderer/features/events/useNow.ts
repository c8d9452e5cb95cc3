import { useEffect, useState } from 'react';

/** The wall clock, refreshed every `intervalMs` (relative times, due/overdue states). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

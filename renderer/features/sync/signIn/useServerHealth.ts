import { useEffect, useState } from 'react';
import type { HealthResponse } from '../../../../shared/api/health';
import { fetchServerHealth } from '../../../app/serverInfo';

/** The server's health for the sign-in screen: undefined while asking, null when it does not answer. */
export function useServerHealth(): HealthResponse | null | undefined {
  const [health, setHealth] = useState<HealthResponse | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const ask = () => void fetchServerHealth().then((h) => live && setHealth(h));
    ask();
    const timer = setInterval(ask, 15_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return health;
}

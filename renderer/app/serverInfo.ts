// Where the sync server is and what it says about itself. The desktop shell reports its embedded
// server's URL; in a browser the page's own origin is the server. Unreachable means "unknown", never
// an error: the app works offline with what it has.
import { healthResponseSchema } from '../../shared/api/health';
import type { HealthResponse } from '../../shared/api/health';
import { platform } from '../platform/platform';

export async function serverUrl(): Promise<string | null> {
  const info = await platform.app.getInfo();
  return info.ok ? info.value.serverUrl : null;
}

export async function fetchServerHealth(timeoutMs = 3000): Promise<HealthResponse | null> {
  const base = await serverUrl();
  if (!base) return null;
  try {
    const response = await fetch(new URL('/api/health', base), { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    const parsed = healthResponseSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

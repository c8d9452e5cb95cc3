// The Content-Security-Policy sent with every app:// response. Scripts only from the app itself, no eval;
// the renderer may connect to itself and to the embedded server. style-src allows inline styles because
// Mantine 9 injects <style> elements (theme CSS variables, responsive classes) at run time.
export type CspInput = {
  /** Extra origins for connect-src, e.g. the embedded server's http:// and ws:// origins. */
  connectSources: readonly string[];
};

const SOURCE = /^[a-z][a-z0-9+.-]*:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

export const buildContentSecurityPolicy = ({ connectSources }: CspInput): string => {
  for (const source of connectSources) {
    if (!SOURCE.test(source)) throw new Error(`Not a CSP origin: ${JSON.stringify(source)}`);
  }
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connectSources],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
};

/** The http(s) and matching ws(s) origins of a server URL, for connect-src. */
export const serverConnectSources = (serverUrl: string): string[] => {
  const url = new URL(serverUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Not an http(s) server URL: ${serverUrl}`);
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${ws}//${url.host}`];
};

// Serves the built renderer (dist/renderer) on app://liaison-desk. The raw request path is checked
// segment by segment before it touches the file system: encoded dots or slashes, backslashes, NUL,
// drive letters and empty segments are refused, and the resolved file must stay inside the root.
// Unknown paths that do not look like files fall back to index.html (client-side routes).
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export type AppPathCheck = { ok: true; segments: string[] } | { ok: false; status: 400 | 403; reason: string };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Splits an app:// URL's path into safe, decoded segments, or says why it is refused. */
export const checkAppPath = (requestUrl: string): AppPathCheck => {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)([^?#]*)/i.exec(requestUrl);
  if (!match || match[1]?.toLowerCase() !== APP_SCHEME || match[2]?.toLowerCase() !== APP_HOST) {
    return { ok: false, status: 403, reason: 'not the app origin' };
  }
  const rawPath = match[3] ?? '';
  if (rawPath.includes('\\')) return { ok: false, status: 400, reason: 'backslash in path' };
  if (rawPath !== '' && !rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'relative path' };
  const rawSegments = rawPath.split('/').slice(1);
  if (rawSegments.at(-1) === '') rawSegments.pop();
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    if (segment === '') return { ok: false, status: 400, reason: 'empty path segment (absolute path)' };
    if (segment === '.' || segment === '..') return { ok: false, status: 400, reason: 'dot segment (path traversal)' };
    if (/[/\\\0:]/.test(segment)) return { ok: false, status: 400, reason: 'separator, NUL or drive letter in a segment' };
    segments.push(segment);
  }
  return { ok: true, segments };
};

/** The file a safe path names under root, or null when it would leave root. */
export const resolveWithinRoot = (root: string, segments: readonly string[]): string | null => {
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
};

/** Paths that name a file (an extension, or under /assets) get a 404 when missing instead of index.html. */
const looksLikeFile = (segments: readonly string[]) => segments[0] === 'assets' || extname(segments.at(-1) ?? '') !== '';

export type AppProtocolOptions = {
  /** Absolute path of the built renderer (dist/renderer). */
  root: string;
  /** The CSP to send; read per request because the embedded server's origin is known only after start. */
  contentSecurityPolicy: () => string;
};

export const createAppProtocolHandler = ({ root, contentSecurityPolicy }: AppProtocolOptions) => {
  const headersFor = (contentType: string) => ({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  const refuse = (status: number, text: string) =>
    new Response(text, { status, headers: headersFor('text/plain; charset=utf-8') });

  const isFile = async (file: string) => {
    try {
      return (await stat(file)).isFile();
    } catch {
      return false;
    }
  };

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const checked = checkAppPath(request.url);
    if (!checked.ok) return refuse(checked.status, `Refused: ${checked.reason}`);
    const segments = checked.segments.length === 0 ? ['index.html'] : checked.segments;
    let file = resolveWithinRoot(root, segments);
    if (file === null) return refuse(403, 'Refused: outside the app');
    if (!(await isFile(file))) {
      if (looksLikeFile(segments)) return refuse(404, 'Not found');
      file = resolve(root, 'index.html');
    }
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers: headersFor(MIME[extname(file).toLowerCase()] ?? 'application/octet-stream') });
  };
};

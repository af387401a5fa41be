import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** Hashed build output: its name changes with its content, so it may be cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the service worker, /data/, /basemap/): revalidate each time. */
const REVALIDATE = 'no-cache';

/** Features the page never uses, denied to it and to anything it might embed. */
const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * The Content-Security-Policy header for a build: the policy of its index.html's meta tag (which
 * vite.config.ts widens for VITE_BASEMAP_STYLE) plus `frame-ancestors 'none'`, which only a
 * header can carry.
 */
function policyOfBuild(indexHtml: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(indexHtml);
  if (!meta?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return `${meta[1]}; frame-ancestors 'none'`;
}

/** The response headers every answer carries, and the caching of the file at `pathname`. */
function responseHeaders(pathname: string, policy: string): Record<string, string> {
  return {
    // The cells' tile packs (binary); sirv knows no type for them and would send none.
    ...(pathname.endsWith('.tiles') ? { 'Content-Type': 'application/octet-stream' } : {}),
    'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

function setAll(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/**
 * The production server of `npm start`: sirv serving a build folder with its precompressed
 * `.br`/`.gz` files (written by the build), the caching and security headers above, and a plain
 * 404 for anything not in the build (no fallback to index.html: the app has no client routes).
 */
export function startStaticServer(options: {
  root: string;
  host: string;
  port: number;
  /** A middleware that may answer first (npm start: data/local-imports/). */
  before?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const policy = policyOfBuild(readFileSync(join(options.root, 'index.html'), 'utf8'));
  const serve = sirv(options.root, {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders: (res, pathname) => setAll(res, responseHeaders(pathname, policy)),
  });
  const notFound = (res: ServerResponse) => {
    setAll(res, responseHeaders('', policy));
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  };
  const before = options.before ?? ((_req, _res, next: () => void) => next());
  const server = createServer((req, res) => {
    setAll(res, responseHeaders('', policy));
    before(req, res, () => serve(req, res, () => notFound(res)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as AddressInfo;
      // Ends kept-alive connections too, so a test or bench can start the next one at once.
      const close = () =>
        new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      resolve({ url: `http://${options.host}:${port}/`, close });
    });
  });
}

import type { Browser, Page } from 'playwright-core';
import { isLoopback } from '../chromium';
import { startStaticServer } from '../static-server';

/** The viewport the browser tests use, so benchmark frames cost what the tests' frames cost. */
export const VIEWPORT = { width: 1280, height: 800 };

/** A server the bench started; close it when done. */
export interface BenchServer {
  close: () => Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 with the production server of `npm start` (its headers and
 * precompressed files), so loads are timed as a reader gets them. `vite preview`, used before,
 * gzips every response on the fly: 34 MB of scale data cost ~0.8 s of the bench's own CPU.
 */
export async function serve(outDir: string): Promise<{ url: string; server: BenchServer }> {
  const { url, close } = await startStaticServer({ root: outDir, host: '127.0.0.1', port: 0 });
  return { url, server: { close } };
}

/**
 * A fresh context (empty cache) and page that refuses to leave the origin, as in the tests.
 * tsx compiles functions with esbuild's keepNames, so functions passed to page.evaluate call
 * `__name`; the init script defines it in the page (init scripts are not subject to the CSP).
 */
export async function freshPage(
  browser: Browser,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.route('**/*', (route) =>
    isLoopback(route.request().url()) ? route.fallback() : route.abort('blockedbyclient'),
  );
  page.on('pageerror', (error) => console.error(`page error: ${String(error)}`));
  return { page, close: () => context.close() };
}

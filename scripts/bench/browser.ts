import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { isLoopback } from '../chromium';

/** The viewport the browser tests use, so benchmark frames cost what the tests' frames cost. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Serves a built folder on 127.0.0.1 with the app's own Vite config (headers included). */
export async function serve(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, server };
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

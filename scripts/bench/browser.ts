import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/** Same flags as tests/browser/harness.ts (verified in tech.md §2); WebGL runs on SwiftShader. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The viewport the browser tests use, so benchmark frames cost what the tests' frames cost. */
export const VIEWPORT = { width: 1280, height: 800 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

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

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
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

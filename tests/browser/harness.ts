import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { isLoopback, launchChromium } from '../../scripts/chromium';
import { afterEach, expect, inject } from 'vitest';

/** Where screenshots go (git-ignored). */
const SCREENSHOT_DIR = 'artifacts/screenshots';

/** One open page of the production build, with what it tried to fetch and log. */
export interface AppSession {
  page: Page;
  /** Every request to a host other than 127.0.0.1/localhost (blocked, and fails `close`). */
  offOriginRequests: string[];
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
  /** Closes the browser; throws if any off-origin request was attempted. */
  close: () => Promise<void>;
}

/** The base URL of the served production build. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Opens `path` (e.g. `/?date=2025-03-13`) in a fresh Chromium at the given viewport. */
export async function openApp(
  path = '/',
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<AppSession> {
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const offOriginRequests: string[] = [];
  const consoleErrors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    offOriginRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(new URL(path, baseUrl()).toString());
  return {
    page,
    offOriginRequests,
    consoleErrors,
    close: async () => {
      await browser.close();
      if (offOriginRequests.length > 0) {
        throw new Error(`requests left the origin: ${offOriginRequests.join(', ')}`);
      }
    },
  };
}

/** Resolves once the app's map (window.__map) exists, has loaded and is idle. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__map?.loaded()), undefined, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (!map) return resolve();
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
          return;
        }
        map.once('idle', () => resolve());
      }),
  );
}

/** Saves a full-viewport PNG to artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Console noise SwiftShader prints on every readback; not an app error. */
const DRIVER_NOISE = /GPU stall|ReadPixels/;

/**
 * For a test file whose tests each open one page of the app: returns `openReady(path, w, h)`,
 * which opens the page and waits until the evidence is loaded into the map and rendered, and
 * registers an `afterEach` that closes it and fails the test on console errors or on any request
 * off the app's origin.
 */
export function readyPageOpener(): (
  path: string,
  width?: number,
  height?: number,
) => Promise<Page> {
  let session: AppSession | null = null;
  afterEach(async () => {
    const closing = session;
    session = null;
    if (!closing) return;
    const errors = closing.consoleErrors.filter((e) => !DRIVER_NOISE.test(e));
    await closing.close();
    expect(errors).toEqual([]);
  });
  return async (path, width = 1280, height = 800) => {
    session = await openApp(path, { width, height });
    const { page } = session;
    await page.waitForSelector('[data-status="ready"]', { timeout: 30_000 });
    await page.waitForFunction(
      () => (window.__map?.querySourceFeatures('evidence-places').length ?? 0) > 0,
    );
    await waitForMapIdle(page);
    return page;
  };
}

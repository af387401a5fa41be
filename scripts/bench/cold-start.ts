import type { Browser, Page } from 'playwright-core';
import { freshPage } from './browser';
import { summarise, type Summary } from './stats';

/**
 * Runs before any page script: catches the map as the page publishes it on window.__map and logs
 * every `idle` with how many place features were loaded, so the end point is the first idle
 * with the evidence drawn, timed in page time (0 = navigation start).
 */
const IDLE_RECORDER = `(() => {
  const idles = [];
  let current;
  window.__benchIdles = idles;
  window.__benchMapCreated = null;
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => current,
    set: (map) => {
      current = map;
      if (!map) return;
      window.__benchMapCreated ??= performance.now();
      map.on('idle', () => {
        const overlay = map.getSource('evidence-places')
          ? map.querySourceFeatures('evidence-places').length
          : null;
        idles.push({ t: performance.now(), overlay, moving: map.isMoving() });
      });
    },
  });
})();`;

interface IdleRecord {
  t: number;
  overlay: number | null;
  moving: boolean;
}

declare global {
  interface Window {
    __benchIdles?: IdleRecord[];
    __benchMapCreated?: number | null;
  }
}

/** Page-time milestones of one load (0 = navigation start). */
interface Milestones {
  /** The page published its map: JS downloaded, parsed and run up to `new Map()`. */
  mapCreated: number;
  /** The first idle of all: the basemap drawn. */
  firstIdle: number;
  /** The end point: the first idle with the overlay drawn (the bare page has none: first idle). */
  done: number;
}

/** Waits for this navigation's end point and returns its milestones (page time). */
async function milestones(page: Page, needsOverlay: boolean): Promise<Milestones> {
  const handle = await page.waitForFunction(
    (overlay) => {
      const idles = window.__benchIdles ?? [];
      const done = idles.find(
        (idle) => !idle.moving && (!overlay || (idle.overlay !== null && idle.overlay > 0)),
      );
      if (!done || !idles[0]) return null;
      return { mapCreated: window.__benchMapCreated ?? 0, firstIdle: idles[0].t, done: done.t };
    },
    needsOverlay,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as Milestones;
}

/** Opens `url` in `page` and waits for the cold start's end point; returns its milestones. */
async function loadTimed(page: Page, url: string, needsOverlay: boolean): Promise<Milestones> {
  await page.addInitScript(IDLE_RECORDER);
  await page.goto(url);
  return milestones(page, needsOverlay);
}

/**
 * Opens the app at `url` in `page` and waits until it is settled: the first idle with the overlay
 * drawn, and the service worker in control (it takes control only once its precache is complete).
 * Later timings then measure their own step, not the tail of the load.
 */
export async function gotoSettled(page: Page, url: string): Promise<void> {
  await loadTimed(page, url, true);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 120_000,
  });
}

/** One load of `url` in a fresh browser context (empty HTTP cache, no service worker). */
export async function coldStartOnce(
  browser: Browser,
  url: string,
  needsOverlay: boolean,
): Promise<Milestones> {
  const { page, close } = await freshPage(browser);
  try {
    return await loadTimed(page, url, needsOverlay);
  } finally {
    await close();
  }
}

/**
 * A reader's second visit (issue #15): the app loaded once in a fresh context until settled (its
 * service worker installed), then the same URL opened again in that context and timed like a
 * cold start.
 */
async function secondVisitOnce(browser: Browser, url: string): Promise<Milestones> {
  const { page, close } = await freshPage(browser);
  try {
    await gotoSettled(page, url);
    await page.goto(url);
    const second = await milestones(page, true);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      throw new Error('second visit: the service worker did not serve the page');
    }
    return second;
  } finally {
    await close();
  }
}

/** Summaries of each milestone over the runs of one page. */
type ColdStart = Record<keyof Milestones, Summary>;

const summariseRuns = (runs: Milestones[]): ColdStart => ({
  mapCreated: summarise(runs.map((r) => r.mapCreated)),
  firstIdle: summarise(runs.map((r) => r.firstIdle)),
  done: summarise(runs.map((r) => r.done)),
});

/** Cold starts of the app and the bare page, and the app's second visits. */
export interface ColdStarts {
  app: ColdStart;
  bare: ColdStart;
  /** App cold start ÷ bare page cold start (medians). */
  ratio: number;
  /** The app with its service worker installed (warm cache). */
  secondVisit: ColdStart;
  /** App second visit ÷ bare page first visit (medians). */
  secondVisitRatio: number;
}

/**
 * Cold start of the app and the bare page, and the app's second visit, alternated run by run so
 * drift hits all alike.
 */
export async function measureColdStart(
  browser: Browser,
  base: string,
  runs: number,
): Promise<ColdStarts> {
  const app: Milestones[] = [];
  const bare: Milestones[] = [];
  const second: Milestones[] = [];
  const appUrl = new URL('/', base).href;
  const bareUrl = new URL('/bench/bare.html', base).href;
  // One untimed load of each warms the OS file cache and Chromium's shader compiler equally.
  await coldStartOnce(browser, appUrl, true);
  await coldStartOnce(browser, bareUrl, false);
  for (let i = 0; i < runs; i += 1) {
    app.push(await coldStartOnce(browser, appUrl, true));
    bare.push(await coldStartOnce(browser, bareUrl, false));
    second.push(await secondVisitOnce(browser, appUrl));
  }
  const appSummary = summariseRuns(app);
  const bareSummary = summariseRuns(bare);
  const secondSummary = summariseRuns(second);
  return {
    app: appSummary,
    bare: bareSummary,
    ratio: appSummary.done.median / bareSummary.done.median,
    secondVisit: secondSummary,
    secondVisitRatio: secondSummary.done.median / bareSummary.done.median,
  };
}

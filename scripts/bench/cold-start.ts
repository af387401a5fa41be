import type { Browser } from 'playwright-core';
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

export async function coldStartOnce(
  browser: Browser,
  url: string,
  needsOverlay: boolean,
): Promise<Milestones> {
  const { page, close } = await freshPage(browser);
  try {
    await page.addInitScript(IDLE_RECORDER);
    await page.goto(url);
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
  } finally {
    await close();
  }
}

/** Summaries of each milestone over the runs of one page. */
export type ColdStart = Record<keyof Milestones, Summary>;

const summariseRuns = (runs: Milestones[]): ColdStart => ({
  mapCreated: summarise(runs.map((r) => r.mapCreated)),
  firstIdle: summarise(runs.map((r) => r.firstIdle)),
  done: summarise(runs.map((r) => r.done)),
});

/** Cold start of the app and the bare page, alternated run by run so drift hits both alike. */
export async function measureColdStart(
  browser: Browser,
  base: string,
  runs: number,
): Promise<{ app: ColdStart; bare: ColdStart; ratio: number }> {
  const app: Milestones[] = [];
  const bare: Milestones[] = [];
  // One untimed load of each warms the OS file cache and Chromium's shader compiler equally.
  await coldStartOnce(browser, new URL('/', base).href, true);
  await coldStartOnce(browser, new URL('/bench/bare.html', base).href, false);
  for (let i = 0; i < runs; i += 1) {
    app.push(await coldStartOnce(browser, new URL('/', base).href, true));
    bare.push(await coldStartOnce(browser, new URL('/bench/bare.html', base).href, false));
  }
  const appSummary = summariseRuns(app);
  const bareSummary = summariseRuns(bare);
  return {
    app: appSummary,
    bare: bareSummary,
    ratio: appSummary.done.median / bareSummary.done.median,
  };
}

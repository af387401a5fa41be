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
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => current,
    set: (map) => {
      current = map;
      if (!map) return;
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
  }
}

/** Milliseconds from navigation to the first idle with the overlay drawn (or any idle if none). */
async function coldStartOnce(
  browser: Browser,
  url: string,
  needsOverlay: boolean,
): Promise<number> {
  const { page, close } = await freshPage(browser);
  try {
    await page.addInitScript(IDLE_RECORDER);
    await page.goto(url);
    const handle = await page.waitForFunction(
      (overlay) =>
        window.__benchIdles?.find(
          (idle) => !idle.moving && (!overlay || (idle.overlay !== null && idle.overlay > 0)),
        )?.t,
      needsOverlay,
      { timeout: 60_000, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await close();
  }
}

/** Cold start of the app and the bare page, alternated run by run so drift hits both alike. */
export async function measureColdStart(
  browser: Browser,
  base: string,
  runs: number,
): Promise<{ app: Summary; bare: Summary; ratio: number }> {
  const app: number[] = [];
  const bare: number[] = [];
  // One untimed load of each warms the OS file cache and Chromium's shader compiler equally.
  await coldStartOnce(browser, new URL('/', base).href, true);
  await coldStartOnce(browser, new URL('/bench/bare.html', base).href, false);
  for (let i = 0; i < runs; i += 1) {
    app.push(await coldStartOnce(browser, new URL('/', base).href, true));
    bare.push(await coldStartOnce(browser, new URL('/bench/bare.html', base).href, false));
  }
  const appSummary = summarise(app);
  const bareSummary = summarise(bare);
  return { app: appSummary, bare: bareSummary, ratio: appSummary.median / bareSummary.median };
}

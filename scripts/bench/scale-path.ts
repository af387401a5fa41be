import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DATA_FILES, type Dataset } from '../../src/data/schema';
import { buildDerivedFiles } from '../derived/index';
import { freshPage, serve } from './browser';
import { coldStartOnce, gotoSettled } from './cold-start';
import { summarise, type Summary } from './stats';

/** What the scale data costs through the app's own loading path. */
export interface ScalePath {
  /** nav → first idle with the overlay drawn, scale data served as the app's data files. */
  ready: Summary;
  /**
   * Click on the busiest place in the list on a settled page (map idle, service worker
   * installed) → the next frame after its panel is in the DOM.
   */
  busiestPanel: Summary;
  /** The busiest place and how many history entries (events + claims) its panel lists. */
  busiest: { id: string; entries: number };
}

/** The place with the most events and claims: the longest panel the data can produce. */
function busiestPlace(dataset: Dataset): { id: string; name: string; entries: number } {
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const event of dataset.events) for (const id of new Set(event.places)) add(id);
  for (const claim of dataset.claims) add(claim.place);
  const [id, entries] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const name = dataset.places.find((place) => place.id === id)?.names.en ?? id;
  return { id, name, entries };
}

/**
 * A copy of the built app whose /data/ holds the scale data set instead of the real files, with
 * the files derived from it (zone cells, area series) built as `vite build` builds them, so the
 * page loads, validates, indexes and draws everything as it would.
 */
export function scaleDist(appDist: string, outDir: string, dataset: Dataset): void {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(appDist, outDir, { recursive: true });
  const write = (file: string, text: string | Uint8Array) => {
    const path = join(outDir, 'data', file);
    writeFileSync(path, text);
    // Precompressed as a deploy serves it (the build writes .br and .gz; brotli at its highest
    // quality would take minutes over 80 MB, so gzip only); the real data's copies would be
    // served in place of the new text.
    rmSync(`${path}.br`, { force: true });
    const gz = gzipSync(text, { level: 6 });
    if (gz.length < text.length) writeFileSync(`${path}.gz`, gz);
    else rmSync(`${path}.gz`, { force: true });
  };
  for (const [kind, { file }] of Object.entries(DATA_FILES)) {
    write(file, JSON.stringify(dataset[kind as keyof Dataset]));
  }
  for (const [file, json] of buildDerivedFiles(join(outDir, 'data'))) write(file, json);
}

/** One timed opening of the busiest place's panel from the place list, in page time. */
async function openBusiestOnce(browser: Browser, url: string, name: string): Promise<number> {
  const { page, close } = await freshPage(browser);
  try {
    // The panel is timed on a settled page: the map's first idle with the overlay drawn (the end
    // point `ready` times) and the service worker installed. Clicking at data-ready raced the
    // map's first draw of 10,000 cells (median 169 ms, 94–451 ms); clicking at the first idle
    // raced the worker's precache of 80 MB of data (198 ms); settled, 117 ms (113–127 ms).
    await gotoSettled(page, url);
    await page.getByRole('combobox', { name: 'Search places' }).fill(name);
    const entry = page
      .getByTestId('place-list')
      .getByRole('option')
      .filter({ hasText: new RegExp(`^${name}(\\D|$)`) })
      .first();
    await entry.waitFor();
    await page.evaluate((title) => {
      const win = window as Window & { __benchPanel?: Promise<number> };
      win.__benchPanel = new Promise<number>((resolve) => {
        document.addEventListener(
          'click',
          () => {
            const started = performance.now();
            const done = () => requestAnimationFrame(() => resolve(performance.now() - started));
            const observer = new MutationObserver(() => {
              const heading = document.querySelector('[data-testid="place-panel"] h2');
              if (heading?.textContent !== title) return;
              observer.disconnect();
              done();
            });
            observer.observe(document.body, { childList: true, subtree: true });
          },
          { capture: true, once: true },
        );
      });
    }, name);
    await entry.click();
    return await page.evaluate(
      () => (window as Window & { __benchPanel?: Promise<number> }).__benchPanel ?? -1,
    );
  } finally {
    await close();
  }
}

/** Serves the scale data as the app's data files and times page ready and the busiest panel. */
export async function measureScalePath(
  browser: Browser,
  appDist: string,
  outDir: string,
  dataset: Dataset,
  runs: number,
): Promise<ScalePath> {
  scaleDist(appDist, outDir, dataset);
  const busiest = busiestPlace(dataset);
  const { url, server } = await serve(outDir);
  try {
    const ready: number[] = [];
    const panel: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      ready.push((await coldStartOnce(browser, url, true)).done);
      panel.push(await openBusiestOnce(browser, url, busiest.name));
    }
    return {
      ready: summarise(ready),
      busiestPanel: summarise(panel),
      busiest: { id: busiest.id, entries: busiest.entries },
    };
  } finally {
    await server.close();
  }
}

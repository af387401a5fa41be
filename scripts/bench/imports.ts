import type { Browser, Page } from 'playwright-core';
import { IMPORTED_LAYERS } from '../../src/imports/ImportedLayer';
import { writeImportSnapshots } from './import-snapshots';
import { measureScrub, type ScrubResult } from './scrub';
import { round } from './stats';

/** Issue #12: importing a year of daily snapshots, and scrubbing with them on the map. */
export interface ImportBench {
  files: number;
  /** Total size of the files picked, MB. */
  megabytes: number;
  /** File picked → every snapshot listed (worker parse, clip, km², IndexedDB, list), ms. */
  importMs: number;
  /** Whether the progress bar was on screen while they were read. */
  progressShown: boolean;
  /** The app's date scrub on the real data with the snapshots imported. */
  scrub: ScrubResult;
}

/** Picks `paths` in the import panel as a reader would and waits until all are listed. */
async function importFiles(
  page: Page,
  paths: readonly string[],
): Promise<{ ms: number; progressShown: boolean }> {
  await page.getByTestId('imports-open').click();
  const input = page.getByTestId('imports-input');
  await input.waitFor({ state: 'attached', timeout: 60_000 });
  const started = performance.now();
  await input.setInputFiles([...paths]);
  const progressShown = await page
    .getByTestId('imports-panel')
    .locator('progress')
    .waitFor({ timeout: 30_000 })
    .then(
      () => true,
      () => false,
    );
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="imported-snapshot"]').length === n,
    paths.length,
    { timeout: 600_000, polling: 250 },
  );
  const ms = performance.now() - started;
  await page.getByRole('button', { name: 'Close the import panel' }).click();
  return { ms, progressShown };
}

/**
 * Writes `count` seeded daily snapshots into `dir`, imports them through the page's worker, then
 * times `scrubs` date changes with them present (the app's path, real data).
 */
export async function measureImports(
  browser: Browser,
  base: string,
  options: { dir: string; count: number; scrubs: number },
): Promise<ImportBench> {
  const files = writeImportSnapshots(options.dir, options.count);
  let imported = { ms: Number.NaN, progressShown: false };
  const scrub = await measureScrub(browser, base, {
    mode: 'app',
    scrubs: options.scrubs,
    featuresPath: null,
    before: async (page) => {
      imported = await importFiles(
        page,
        files.map((file) => file.name),
      );
    },
    countLayers: [IMPORTED_LAYERS.fill],
  });
  return {
    files: files.length,
    megabytes: round(files.reduce((sum, file) => sum + file.bytes, 0) / 1e6),
    importMs: round(imported.ms),
    progressShown: imported.progressShown,
    scrub,
  };
}

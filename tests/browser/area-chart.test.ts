import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEEPSTATE_RINGS,
  deepStateSnapshot,
  KMZ_RING,
  uaControlMapKmz,
} from '../fixtures/imports/fixtures';
import { turfKm2 } from '../fixtures/imports/turf-km2';
import { appSessionFixture } from './harness';
import { ImportsDriver } from './imports-driver';

const app = appSessionFixture();
const DIST = join(import.meta.dirname, '..', '..', 'dist');

const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

async function chartRoot(page: Page) {
  const chart = page.getByTestId('area-chart');
  await chart.scrollIntoViewIfNeeded();
  const root = chart.locator('.uplot');
  await root.waitFor({ timeout: 20_000 });
  return root;
}

const sliderDay = (page: Page) => page.getByRole('slider').first().inputValue().then(Number);

describe('the area chart in the panel', () => {
  it('draws its cursor at the slider date and shows the published figures', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    const root = await chartRoot(page);
    expect(await sliderDay(page)).toBe(toDay('2024-10-01'));
    await expect(root.getAttribute('data-cursor-day')).resolves.toBe(String(toDay('2024-10-01')));
    const figures = JSON.parse((await root.getAttribute('data-figures')) ?? '[]') as unknown[];
    expect(figures.length).toBeGreaterThan(5);
    await expect(page.getByTestId('area-chart-legend').innerText()).resolves.toMatch(/published/);
    await driver.screenshot('area-chart-1280x800');
  });

  it('sets the date where it is clicked, through the store as the slider does', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    const root = await chartRoot(page);
    const over = root.locator('.u-over');
    const box = await over.boundingBox();
    if (!box) throw new Error('no plot area');
    await over.click({ position: { x: box.width * 0.85, y: 4 } });
    const day = await sliderDay(page);
    expect(day).toBeGreaterThan(toDay('2025-01-01'));
    // The chart follows the store's day a frame after the map (ShownDayProvider).
    await expect.poll(() => root.getAttribute('data-cursor-day')).toBe(String(day));
    // The cursor (an element over the canvas, moved without a redraw) stands where it was clicked.
    const cursor = await over.locator('.ac-cursor').boundingBox();
    expect(
      Math.abs((cursor?.x ?? 0) + (cursor?.width ?? 0) / 2 - (box.x + box.width * 0.85)),
    ).toBeLessThan(3);
    // The URL follows the store, throttled, as it does for the slider.
    await page.waitForFunction(() => !location.search.includes('date=2024-10-01'));
  });

  it('opens a published figure’s sources when its point is clicked', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    const root = await chartRoot(page);
    const [first] = JSON.parse((await root.getAttribute('data-figures')) ?? '[]') as {
      x: number;
      y: number;
    }[];
    if (!first) throw new Error('no figure drawn');
    await root.locator('.u-over').click({ position: { x: first.x, y: first.y } });
    const source = page.getByTestId('area-chart-figure');
    await expect(source.locator('a').first().getAttribute('href')).resolves.toMatch(/^https?:/);
    expect(await sliderDay(page)).toBe(toDay('2024-10-01'));
  });

  it('fits a phone screen', async () => {
    const driver = await app.openReady('/?date=2024-10-01', { width: 375, height: 812 });
    const { page } = driver;
    await page.getByRole('button', { name: 'Show evidence' }).click();
    const root = await chartRoot(page);
    const box = await root.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    await driver.screenshot('area-chart-375x812');
  });
});

/** The km² the chart's imported line shows for `label` on the selected date. */
function shownKm2(text: string, label: string): number {
  const match = new RegExp(`${label} ([\\d,.]+) km²`).exec(text);
  if (!match) throw new Error(`no "${label}" in: ${text}`);
  return Number(match[1]!.replace(/,/g, ''));
}

describe('imported assessments in the area chart', () => {
  it('draws each snapshot’s km² per side and oblast, apart from the derived lines', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    await new ImportsDriver(driver).importAndClose([deepStateSnapshot(), uaControlMapKmz()]);
    const root = await chartRoot(page);
    const now = page.getByTestId('area-chart-imported');
    const text = await now.innerText();
    expect(text).toMatch(/^Assessed, imported by you:/);
    expect(text).toContain('241001_1200.kmz');
    const near = (shown: number, expected: number) =>
      expect(Math.abs(shown - expected)).toBeLessThanOrEqual(Math.max(expected * 0.005, 0.05));
    near(shownKm2(text, 'Ukraine-held in Kursk Oblast'), turfKm2(KMZ_RING, 'kursk'));
    const legend = await page.getByTestId('area-chart-legend').innerText();
    expect(legend).toContain('Ukraine-held in Kursk Oblast, assessed, imported by you');
    expect(legend).toContain('Russia-held in Sumy Oblast, assessed, imported by you');
    // One mark per snapshot on each line, the larger Kursk area drawn higher.
    const lines = JSON.parse((await root.getAttribute('data-imported')) ?? '[]') as {
      label: string;
      marks: { x: number; y: number }[];
    }[];
    const kursk = lines.find((line) => line.label === 'Ukraine-held in Kursk Oblast');
    const [august, october] = kursk?.marks ?? [];
    if (!august || !october) throw new Error('no marks on the imported Kursk line');
    expect(october.x).toBeGreaterThan(august.x);
    expect(turfKm2(KMZ_RING, 'kursk')).toBeGreaterThan(turfKm2(DEEPSTATE_RINGS.ua, 'kursk'));
    expect(october.y).toBeLessThan(august.y);
    await driver.screenshot('area-chart-imported-1280x800');
    // The text follows the slider to the snapshot in force.
    await driver.goto('/?date=2024-09-01');
    await chartRoot(page);
    const september = await page.getByTestId('area-chart-imported').innerText();
    expect(september).toContain('1724716800.geojson');
    near(shownKm2(september, 'Ukraine-held in Kursk Oblast'), turfKm2(DEEPSTATE_RINGS.ua, 'kursk'));
  });

  it('fits a phone screen with imported lines', async () => {
    const driver = await app.openReady('/?date=2024-10-01', { width: 375, height: 812 });
    const { page } = driver;
    await new ImportsDriver(driver).importAndClose([deepStateSnapshot(), uaControlMapKmz()]);
    await page.getByRole('button', { name: 'Show evidence' }).click();
    const root = await chartRoot(page);
    await page.getByTestId('area-chart-imported').waitFor();
    const box = await root.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    await driver.screenshot('area-chart-imported-375x812');
  });
});

describe('the production build', () => {
  it('keeps uPlot and the imported lines out of the chunks the first paint loads', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code).not.toContain('u-legend');
      // The imported lines' code (imported-series.ts) loads only once something is imported.
      expect(code.includes('#4393c3')).toBe(false);
    }
    const all = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(
      all.some((f) => readFileSync(join(DIST, 'assets', f), 'utf8').includes('u-legend')),
    ).toBe(true);
    expect(html).not.toContain('area-series.json');
  });

  it('loads the first paint from three scripts: the entry, the shared app chunk and the runtime', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    // Each is a request queued with the data preloads before the map can be created (#15).
    expect(initial).toHaveLength(3);
    expect(initial.filter((file) => /\/shared-[\w-]+\.js$/.test(file))).toHaveLength(1);
  });
});

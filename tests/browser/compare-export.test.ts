import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/data-folder';
import { toDayNumber } from '../../src/data/dates';
import { claimsInForce } from '../../src/evidence/claims-in-force';
import type { AppDriver } from './driver';
import { appSessionFixture } from './harness';

const PHONE = { width: 375, height: 812 };
const COMPARED = '/?date=2025-03-13&compare=2024-08-27#map=10/51.2/35.2';

const app = appSessionFixture();

/** Waits until the lazily loaded change layer is on the map and the map is idle. */
async function changeLayerReady(map: AppDriver) {
  await map.page.waitForFunction(() => Boolean(window.__map?.getLayer('changes-area')));
  await map.waitForIdle();
}

/** Clicks `name` in the share menu and returns the downloaded file's name and bytes. */
async function downloadFrom(page: Page, name: RegExp) {
  const menu = page.getByTestId('share-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name }).click(),
  ]);
  const path = await download.path();
  return { file: download.suggestedFilename(), bytes: await readFile(path) };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Fields of RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n|$)/gy;
  let row: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const [, raw = '', end] = match;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end !== ',') {
      rows.push(row);
      row = [];
      if (end === '') break;
    }
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

describe('compare two dates', () => {
  it('shows Sudzha among the settlements Russia gained, 27 Aug 2024 → 13 Mar 2025, with km² per side', async () => {
    const map = await app.openReady('/?date=2025-03-13#map=10/51.2/35.2');
    const { page } = map;
    await page.getByRole('button', { name: 'Compare with…' }).click();
    await page.getByLabel('Comparison date').fill('2024-08-27');
    const gained = page.getByTestId('compare-ru-gained');
    const sudzha = gained.locator('[data-place="sudzha"]');
    await sudzha.waitFor();
    await expect(sudzha.count()).resolves.toBe(1);
    await expect(sudzha.getByRole('button').first().innerText()).resolves.toMatch(/^Sudzha/);
    await expect(sudzha.innerText()).resolves.toMatch(
      /held by Ukraine → claims disagree \(latest claim: Russia\)/,
    );
    await expect(sudzha.innerText()).resolves.toMatch(
      /Russian Ministry of Defence claims: held by Russia since 13 Mar 2025/,
    );
    const sides = await page.getByTestId('compare-sides').innerText();
    expect(sides).toMatch(
      /Russia: gained \d+ settlements \([\d,]+ km²\), lost \d+ settlements? \([\d,]+ km²\)/,
    );
    expect(sides).toMatch(
      /Ukraine: gained \d+ settlements? \([\d,]+ km²\), lost \d+ settlements \([\d,]+ km²\)/,
    );
    const km2 = page.getByTestId('compare-km2');
    await km2.waitFor();
    await expect(km2.innerText()).resolves.toMatch(
      /Held by Russia\s+[\d,]+ km²\s+[\d,]+ km²\s+\+[\d,]+ km²/,
    );
    await expect(km2.innerText()).resolves.toMatch(
      /Held by Ukraine\s+[\d,]+ km²\s+[\d,]+ km²\s+−[\d,]+ km²/,
    );
    // The map draws the change with the rest, named in the legend.
    await changeLayerReady(map);
    const drawn = await map.rendered('changes-area', 'sudzha');
    expect(drawn.map((f) => f.kind)).toContain('ru-gained');
    await map.openLegend();
    await expect(page.getByTestId('legend-changes').innerText()).resolves.toContain(
      'gained by Russia',
    );
    await page.waitForFunction(() => window.location.search.includes('compare=2024-08-27'));
    await map.screenshot('desktop-compare-2024-08-27-2025-03-13');
    // Each comparison date is a history entry: Back steps to the pinned date, then to no comparison.
    await page.goBack();
    await page.waitForFunction(() => window.location.search.includes('compare=2025-03-13'));
    await page.goBack();
    await page.getByRole('button', { name: 'Compare with…' }).waitFor();
    expect(page.url()).not.toContain('compare=');
    await map.page.waitForFunction(() => !window.__map?.getLayer('changes-area'));
  });

  it('follows the slider, and clears', async () => {
    const map = await app.openReady(COMPARED);
    const { page } = map;
    await page.getByTestId('compare-panel').waitFor();
    await map.pressOnSlider('ArrowLeft', 1);
    await expect
      .poll(() => page.getByTestId('compare-panel').locator('h2').innerText())
      .toMatch(/27 Aug 2024 to 12 Mar 2025/);
    await page.getByRole('button', { name: /Clear the comparison/ }).click();
    await expect(page.getByTestId('compare-panel').count()).resolves.toBe(0);
  });

  it('reads on a phone at 375×812', async () => {
    const map = await app.openReady(COMPARED, PHONE);
    const { page } = map;
    await changeLayerReady(map);
    expect((await map.rendered('changes-area')).length).toBeGreaterThan(0);
    await map.screenshot('phone-compare-map');
    await page.getByRole('button', { name: 'Show evidence' }).click();
    await page.getByTestId('compare-ru-gained').waitFor();
    await map.screenshot('phone-compare-panel');
  });
});

describe('comparison in Ukrainian', () => {
  it('names the changes and the share menu in Ukrainian with lang=uk', async () => {
    const map = await app.openReady('/?date=2025-03-13&compare=2024-08-27&lang=uk');
    const { page } = map;
    await expect(page.getByTestId('compare-panel').locator('h2').innerText()).resolves.toMatch(
      /^Зміни з 27 серп\. 2024/,
    );
    await page.getByTestId('compare-ru-gained').waitFor();
    await expect(page.getByTestId('compare-sides').innerText()).resolves.toMatch(/Росія: здобуто/);
    await expect(page.getByTestId('compare-panel').innerText()).resolves.toContain(
      'Показано заяви: Усі джерела заяв разом.',
    );
    await expect(page.getByTestId('share-menu').innerText()).resolves.toContain(
      'Поширити й експортувати',
    );
    await map.screenshot('desktop-compare-uk');
  });
});

describe('export, cite and share', () => {
  it('exports a PNG of the map viewport with the date, view and legend written on it', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { page } = map;
    const { file, bytes } = await downloadFrom(page, /Export image/);
    expect(file).toBe('kursk-sumy-front_2025-03-13_all.png');
    await writeFile(`artifacts/screenshots/export-${file}`, bytes);
    const canvas = await page.evaluate(() => {
      const c = window.__map!.getCanvas();
      return { width: c.width, height: c.height, css: c.clientWidth };
    });
    expect(pngSize(bytes)).toEqual({ width: canvas.width, height: canvas.height });
    // The heading box (title, date, view) is dark ink on white at the top left.
    const ink = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = image.width;
      c.height = image.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(8, 8, 240, 70);
      let dark = 0;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        const sum = data[i]! + data[i + 1]! + data[i + 2]!;
        if (sum < 150) dark += 1;
        if (sum > 740) white += 1;
      }
      return { dark, white };
    }, bytes.toString('base64'));
    expect(ink.dark).toBeGreaterThan(300);
    expect(ink.white).toBeGreaterThan(3000);
    await expect(page.getByTestId('share-outcome').innerText()).resolves.toContain(file);
    await map.screenshot('desktop-share-menu');
  });

  it('exports valid GeoJSON in which every feature cites a URL', async () => {
    const map = await app.openReady(COMPARED);
    const { file, bytes } = await downloadFrom(map.page, /Export map features/);
    expect(file).toBe('kursk-sumy-front_2024-08-27_to_2025-03-13_all.geojson');
    const text = bytes.toString('utf8');
    expect(() => check(text)).not.toThrow();
    const collection = JSON.parse(text) as FeatureCollection;
    expect(collection.features.length).toBeGreaterThan(40);
    const layers = new Set(collection.features.map((f) => f.properties?.layer));
    expect(layers).toEqual(
      new Set(['zone-cell', 'settlement', 'evacuation-order', 'event', 'change']),
    );
    for (const feature of collection.features) {
      const urls = feature.properties?.citation_urls as string[];
      expect(urls.length, JSON.stringify(feature.properties)).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https?:\/\//);
    }
  });

  it('exports one CSV row per claim in force on the date', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { file, bytes } = await downloadFrom(map.page, /Export claims in force/);
    expect(file).toBe('kursk-sumy-front_2025-03-13_all.csv');
    const rows = csvRows(bytes.toString('utf8'));
    const { dataset } = readDataFolder(join(import.meta.dirname, '..', '..', 'data'));
    const inForce = claimsInForce(dataset.claims, toDayNumber('2025-03-13'), 'all');
    expect(rows[0]?.[0]).toBe('claim_id');
    expect(
      rows
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(inForce.map((c) => c.id).sort());
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
  });

  it('copies a citation with the URL, its date and view, and shares the link', async () => {
    const map = await app.openReady('/?date=2025-03-13&view=isw');
    const { page } = map;
    await page.getByTestId('share-menu').locator('summary').click();
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const text = await page.getByTestId('share-outcome').innerText();
    expect(text).toMatch(
      /Kursk–Sumy border front, map as of Thursday 13 March 2025, claims shown: .+\. http:\/\/127\.0\.0\.1:\d+\/\?date=2025-03-13&view=isw&lang=en.* \(accessed .+\d{4}\)/,
    );
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByTestId('share-outcome').innerText()).resolves.toMatch(
      /date=2025-03-13&view=isw/,
    );
  });

  it('fits a phone: the menu opens over the map at 375×812', async () => {
    const map = await app.openReady('/?date=2025-03-13', PHONE);
    await map.page.getByTestId('share-menu').locator('summary').click();
    await map.screenshot('phone-share-menu');
    const box = await map.page.getByTestId('share-menu').boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= PHONE.width).toBe(true);
  });
});

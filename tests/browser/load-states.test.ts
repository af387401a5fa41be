import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/schema';
import { AREA_SERIES_FILE } from '../../src/zones/area-series-file';
import { ZONE_SHAPES_FILE } from '../../src/zones/shape-table';
import { openApp, screenshot, waitForMapIdle, type AppSession } from './harness';

let session: AppSession | null = null;

afterEach(async () => {
  const closing = session;
  session = null;
  await closing?.close();
});

describe('load states', () => {
  it('fetches each data file and the zone shapes once, preloaded by index.html; the area series once, when the chart mounts', async () => {
    session = await openApp('/data/claimants.json');
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/')) requested.push(path.slice('/data/'.length));
    });
    await page.goto(page.url().replace('/data/claimants.json', '/'));
    await page.waitForSelector('[data-status="ready"]');
    await waitForMapIdle(page);
    await page.getByTestId('area-chart-plot').waitFor();
    const expected = [...Object.values(DATA_FILES).map(({ file }) => file), ZONE_SHAPES_FILE];
    expect(requested.sort()).toEqual([...expected, AREA_SERIES_FILE].sort());
    const preloads = await page.$$eval('link[rel="preload"][as="fetch"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloads.sort()).toEqual(expected.map((file) => `/data/${file}`).sort());
    expect(await page.getByTestId('rejections-banner').count()).toBe(0);
  });

  it('says it is loading until the data arrives, then draws the map with the evidence', async () => {
    session = await openApp('/data/claimants.json');
    const { page } = session;
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/data/*.json', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(page.url().replace('/data/claimants.json', '/'));
    const notice = page.getByRole('status').filter({ hasText: 'Loading the evidence…' });
    await notice.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => window.__map === undefined)).toBe(true);
    await screenshot(page, 'desktop-loading');
    release();
    await page.waitForSelector('[data-status="ready"]');
    await waitForMapIdle(page);
    expect(await notice.count()).toBe(0);
    const drawn = await page.evaluate(
      () => window.__map?.queryRenderedFeatures({ layers: ['settlements-circle'] }).length ?? 0,
    );
    expect(drawn).toBeGreaterThan(0);
  });

  it('skips a broken record, says so in a banner, and still renders the rest', async () => {
    session = await openApp('/?date=2025-03-13');
    const { page } = session;
    await page.route('**/data/claims.json', async (route) => {
      const response = await route.fetch();
      const claims = (await response.json()) as { id: string; from: string }[];
      const first = claims[0];
      if (first) first.from = '2025-02-30';
      await route.fulfill({ response, json: claims });
    });
    await page.reload();
    await page.waitForSelector('[data-status="ready"]');
    const banner = page.getByTestId('rejections-banner');
    await expect(banner.innerText()).resolves.toMatch(/^1 record skipped/);
    await banner.locator('summary').click();
    await expect(banner.locator('li').first().innerText()).resolves.toMatch(
      /claims\.json: record "[a-z0-9_-]+" field from: /,
    );
    await page.waitForFunction(
      () => (window.__map?.querySourceFeatures('evidence-places').length ?? 0) > 0,
    );
    await waitForMapIdle(page);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner.count()).resolves.toBe(0);
  });

  it('shows an error state when no data file can be loaded', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.route('**/data/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.reload();
    await page.waitForSelector('[data-status="error"]');
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'The evidence could not be loaded.',
    );
    await waitForMapIdle(page);
  });
});

import { describe, expect, it } from 'vitest';
import { PRELOADED_FILES, SERVED_FILES } from '../../scripts/derived/index';
import { viewFeatureFile } from '../../src/map/features/build';
import { appSessionFixture } from './harness';

const app = appSessionFixture();

describe('load states', () => {
  it("fetches each data file and derived file once, and the shown view's files only, preloaded by index.html but the chart's series, fetched when the chart mounts", async () => {
    const map = await app.open('/data/claimants.json');
    const requested: string[] = [];
    const scripts: string[] = [];
    map.page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/')) requested.push(path.slice('/data/'.length));
      if (path.startsWith('/assets/')) scripts.push(path);
    });
    await map.goto('/');
    await map.page.waitForSelector('[data-status="ready"]');
    await map.waitForIdle();
    await map.page.getByTestId('area-chart-plot').waitFor();
    const combinedView = [viewFeatureFile('placeStatus', 'all'), viewFeatureFile('zones', 'all')];
    expect(requested.sort()).toEqual([...SERVED_FILES, ...combinedView].sort());
    expect(PRELOADED_FILES).not.toContain('area-series.json');
    const preloads = await map.page.$$eval('link[rel="preload"][as="fetch"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloads.sort()).toEqual(PRELOADED_FILES.map((file) => `/data/${file}`).sort());
    expect(await map.page.getByTestId('rejections-banner').count()).toBe(0);
    // The data is the build's, as its content hashes show: parsed, with no validator fetched.
    expect(scripts.filter((path) => /validation\.worker|schema/.test(path))).toEqual([]);
  });

  it('says it is loading until the data arrives, then draws the map with the evidence', async () => {
    const map = await app.open('/data/claimants.json');
    const { page } = map;
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/data/*.json', async (route) => {
      await arrived;
      await route.continue();
    });
    await map.goto('/');
    const notice = page.getByRole('status').filter({ hasText: 'Loading the evidence…' });
    await notice.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => window.__map === undefined)).toBe(true);
    await map.screenshot('desktop-loading');
    release();
    await page.waitForSelector('[data-status="ready"]');
    await map.waitForIdle();
    expect(await notice.count()).toBe(0);
    expect((await map.rendered('settlements-circle')).length).toBeGreaterThan(0);
  });

  it('draws the first view whole: no draw call before everything has loaded, a notice meanwhile', async () => {
    const map = await app.open('/data/claimants.json');
    const { page } = map;
    // Counts WebGL draw calls, and those made before the first load while the map was not yet
    // loaded (the frame that fires \`load\` draws loaded, then fires it).
    await page.addInitScript(`(() => {
      const counts = { all: 0, beforeLoad: 0 };
      let map; let loaded = false;
      window.__draws = counts;
      Object.defineProperty(window, '__map', { configurable: true, get: () => map, set: (next) => {
        map = next;
        if (next) next.once('load', () => { loaded = true; });
      } });
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        for (const name of ['drawElements', 'drawArrays']) {
          const draw = proto[name];
          proto[name] = function (...args) {
            counts.all += 1;
            if (!loaded && !(map && map.loaded())) counts.beforeLoad += 1;
            return draw.apply(this, args);
          };
        }
      }
    })();`);
    await map.goto('/');
    await page.getByRole('status').filter({ hasText: 'Drawing the map…' }).waitFor();
    await map.screenshot('desktop-drawing');
    await map.waitForEvidence();
    const draws = await page.evaluate(
      () => (window as unknown as { __draws: { all: number; beforeLoad: number } }).__draws,
    );
    expect(draws.beforeLoad).toBe(0);
    expect(draws.all).toBeGreaterThan(0);
    expect(await page.getByText('Drawing the map…').count()).toBe(0);
    expect((await map.rendered('settlements-circle')).length).toBeGreaterThan(0);
  });

  it('skips a broken record, says so in a banner, and still renders the rest', async () => {
    const map = await app.open('/data/claimants.json');
    const workers: string[] = [];
    map.page.on('request', (request) => {
      if (/validation\.worker/.test(request.url())) workers.push(request.url());
    });
    await map.openWithDataRewritten(
      'claims.json',
      (text) => {
        const claims = JSON.parse(text) as { id: string; from: string }[];
        const first = claims[0];
        if (first) first.from = '2025-02-30';
        return JSON.stringify(claims);
      },
      '/?date=2025-03-13',
    );
    await map.page.waitForSelector('[data-status="ready"]');
    const banner = map.page.getByTestId('rejections-banner');
    await expect(banner.innerText()).resolves.toMatch(/^1 record skipped/);
    const [first] = await map.bannerLines();
    expect(first).toMatch(/claims\.json: record "[a-z0-9_-]+" field from: /);
    await map.waitForEvidence();
    // A file the build did not check is validated in the worker.
    expect(workers).toHaveLength(1);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner.count()).resolves.toBe(0);
  });

  it('shows an error state when no data file can be loaded', async () => {
    const map = await app.open('/data/claimants.json');
    app.expectConsoleErrors(/status of 503/);
    await map.page.route('**/data/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await map.goto('/');
    await map.page.waitForSelector('[data-status="error"]');
    await expect(map.page.getByRole('alert').innerText()).resolves.toContain(
      'The evidence could not be loaded.',
    );
    await map.waitForIdle();
  });
});

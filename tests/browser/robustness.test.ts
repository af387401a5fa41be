import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REGION_BBOX } from '../../src/data/schema';
import { OVERLAY_SOURCES } from '../../src/map/overlay-expressions';
import { baseUrl, openApp, screenshot, waitForMapIdle, type AppSession } from './harness';

/** How a test corrupts one data file on its way from the server to the app; null: a 404. */
type Corrupt = (text: string) => string | null;

type Json = Record<string, unknown>;

/** Edits the record with `id` in a data file's JSON array; throws if the fixture drifted. */
function editRecord(id: string, edit: (record: Json) => void): Corrupt {
  return (text) => {
    const records = JSON.parse(text) as Json[];
    const record = records.find((r) => r.id === id);
    if (!record) throw new Error(`no record "${id}" to corrupt: the test data has changed`);
    edit(record);
    return JSON.stringify(records);
  };
}

let session: AppSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

/**
 * Opens the app with `/data/<file>` rewritten by `corrupt` (the real file fetched, changed,
 * served), waits until the overlay has data, and frames the whole region.
 */
async function openWithCorruptFile(file: string | null, corrupt: Corrupt): Promise<Page> {
  // Start on a small same-origin file so the routes are in place before the app first loads.
  session = await openApp('/data/claimants.json');
  const { page } = session;
  if (file !== null) {
    await page.route(`**/data/${file}`, async (route) => {
      const response = await route.fetch();
      const body = corrupt(await response.text());
      if (body === null) await route.fulfill({ status: 404, body: 'Not Found' });
      else await route.fulfill({ response, body });
    });
  }
  await page.goto(new URL('/', baseUrl()).href);
  await page.waitForFunction(
    (id) => {
      const map = window.__map;
      return Boolean(map?.getSource(id) && map.querySourceFeatures(id).length > 0);
    },
    OVERLAY_SOURCES.places,
    { timeout: 30_000 },
  );
  await waitForMapIdle(page);
  // The whole region in view, so what is drawn depends on the data alone, not on the framing.
  await page.evaluate((bbox) => {
    const [west, south, east, north] = bbox;
    window.__map?.fitBounds([west, south, east, north], { animate: false, padding: 40 });
  }, REGION_BBOX);
  await waitForMapIdle(page);
  return page;
}

/** Place ids drawn by the settlements layer, as a reader sees them on screen. */
async function renderedPlaceIds(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() =>
    (window.__map?.queryRenderedFeatures({ layers: ['settlements-circle'] }) ?? []).map((f) =>
      String(f.properties.placeId),
    ),
  );
  return [...new Set(ids)].sort();
}

/** How the settlements layer colours `placeId` (e.g. `disputed`, `none`) on the default date. */
async function renderedStatus(page: Page, placeId: string): Promise<unknown> {
  return page.evaluate(
    (id) =>
      window.__map
        ?.queryRenderedFeatures({ layers: ['settlements-circle'] })
        .find((f) => f.properties.placeId === id)?.properties.status,
    placeId,
  );
}

/** Opens the banner's details and returns its list items as rendered text. */
async function bannerLines(page: Page): Promise<string[]> {
  const banner = page.getByTestId('rejections-banner');
  await banner.waitFor({ state: 'visible', timeout: 10_000 });
  await banner.locator('summary').click();
  const items = banner.locator('li');
  await items.first().waitFor({ state: 'visible' });
  return items.allInnerTexts();
}

/** Settlements drawn with the real, valid data: what every corrupted case must still show. */
let cleanPlaces: string[] = [];

beforeAll(async () => {
  const page = await openWithCorruptFile(null, (text) => text);
  cleanPlaces = await renderedPlaceIds(page);
  expect(await page.getByTestId('rejections-banner').count()).toBe(0);
  await session?.close();
  session = null;
});

describe('a malformed data file or record costs only itself', () => {
  it('draws settlements and shows no banner with the real data', () => {
    expect(cleanPlaces).toEqual(
      expect.arrayContaining(['sudzha', 'lyubimovka', 'korenevo', 'sumy', 'kursk']),
    );
  });

  it('names a file that is not JSON, and renders the other files', async () => {
    const page = await openWithCorruptFile('area-figures.json', (text) => text.slice(0, 200));
    const lines = await bannerLines(page);
    expect(lines).toContainEqual(
      expect.stringMatching(/^area-figures\.json: not valid JSON: .*line \d+ column \d+/),
    );
    expect(await renderedPlaceIds(page)).toEqual(cleanPlaces);
    await screenshot(page, 'robustness-bad-json');
  });

  it('names a place whose latitude is off the globe, and draws every other place', async () => {
    const page = await openWithCorruptFile(
      'places.json',
      editRecord('plekhovo', (place) => {
        (place.location as Json).lat = 95;
      }),
    );
    const lines = await bannerLines(page);
    expect(lines).toContainEqual(
      expect.stringContaining('places.json: record "plekhovo" field location.lat'),
    );
    expect(await renderedPlaceIds(page)).toEqual(cleanPlaces.filter((id) => id !== 'plekhovo'));
    // Its claims go too, so zones resting on it have no shape from the build: each is named.
    // The same problem for many zones is one line naming the first few.
    const zoneLines = lines.filter((line) => line.startsWith('zone-shapes.json: '));
    expect(zoneLines.length).toBeGreaterThan(0);
    expect(zoneLines[0]).toMatch(
      /^zone-shapes\.json: (record |\d+ records \()"[a-z-]+\/(ru|ua)\/\d{4}-\d{2}-\d{2}".*: zone not drawn/,
    );
    const zones = await page.evaluate(
      (id) => window.__map?.querySourceFeatures(id).length ?? -1,
      OVERLAY_SOURCES.zones,
    );
    expect(zones).toBeGreaterThan(0);
  });

  it('names a claim citing a source that does not exist, and still draws its place', async () => {
    const claim = 'ua-commander-in-chief-sudzha-2024-08-15';
    const page = await openWithCorruptFile(
      'claims.json',
      editRecord(claim, (record) => {
        record.sources = ['no-such-source'];
      }),
    );
    const lines = await bannerLines(page);
    expect(lines).toContainEqual(
      expect.stringContaining(
        `claims.json: record "${claim}" field sources.0: unknown source "no-such-source"`,
      ),
    );
    expect(await renderedPlaceIds(page)).toEqual(cleanPlaces);
  });

  it('names an event dated 30 February, and renders the rest', async () => {
    const event = '2024-08-07-gis-sudzha-channels';
    const page = await openWithCorruptFile(
      'events.json',
      editRecord(event, (record) => {
        record.date = '2025-02-30';
      }),
    );
    const lines = await bannerLines(page);
    expect(lines).toContainEqual(
      expect.stringContaining(`events.json: record "${event}" field date: must be a real date`),
    );
    expect(await renderedPlaceIds(page)).toEqual(cleanPlaces);
  });

  it('says when the zone shapes are unusable, draws no zones, and renders the rest', async () => {
    const page = await openWithCorruptFile('zone-shapes.json', (text) => text.slice(0, 100));
    const lines = await bannerLines(page);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^zone-shapes\.json: could not be read: .*; the \d+ claimed-control zones are not drawn$/,
      ),
    );
    const headline = await page.getByTestId('rejections-banner').locator('summary').innerText();
    expect(headline).toMatch(/^1 file skipped/);
    expect(await renderedPlaceIds(page)).toEqual(cleanPlaces);
    const zones = await page.evaluate(
      (id) => window.__map?.querySourceFeatures(id).length ?? -1,
      OVERLAY_SOURCES.zones,
    );
    expect(zones).toBe(0);
  });

  it('answers 404 for a data file the server does not have, never the HTML page', async () => {
    const response = await fetch(new URL('/data/no-such-file.json', baseUrl()));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });

  it('says events.json is missing and still draws the claims that linked to its events', async () => {
    // 13 Mar 2025: the RU MoD claim on Sudzha links to an event; without events it still counts.
    const page = await openWithCorruptFile('events.json', () => null);
    const lines = await bannerLines(page);
    expect(lines).toContain('events.json: file is missing');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^claims\.json: \d+ records .* field event: unknown event .*kept and drawn/,
      ),
    );
    expect(await renderedStatus(page, 'sudzha')).toBe('disputed');
    const headline = await page.getByTestId('rejections-banner').locator('summary').innerText();
    expect(headline).toMatch(/^1 file skipped: .*; \d+ records shown without a broken event link$/);
  });

  it('says an empty events.json is empty', async () => {
    const page = await openWithCorruptFile('events.json', () => '');
    expect(await bannerLines(page)).toContainEqual(
      expect.stringMatching(/^events\.json: file is empty/),
    );
    expect(await renderedStatus(page, 'sudzha')).toBe('disputed');
  });

  it('groups 10,000 copies of one event id into one line, counted as the data check counts', async () => {
    const page = await openWithCorruptFile('events.json', (text) => {
      const events = JSON.parse(text) as Json[];
      return JSON.stringify([...events, ...Array.from({ length: 10_000 }, () => events[0])]);
    });
    const lines = await bannerLines(page);
    expect(lines).toEqual([
      expect.stringMatching(
        /^events\.json: 10,001 records share id "[^"]+": the first \(index 0\) is kept, the other 10,000 are skipped$/,
      ),
    ]);
    const headline = await page.getByTestId('rejections-banner').locator('summary').innerText();
    expect(headline).toMatch(/^10,000 records skipped/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { ZONE_AREA_LAYERS } from '../../src/map/evidence-layers';
import { REGION_BBOX } from '../../src/data/schema';
import { OVERLAY_SOURCES } from '../../src/map/overlay-expressions';
import type { AppDriver } from './driver';
import { appSessionFixture, baseUrl } from './harness';

/** How a test corrupts one data file on its way from the server to the app. */
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

const app = appSessionFixture();

/**
 * Opens the app with `/data/<file>` rewritten by `corrupt`, waits until the overlay has data, and
 * frames the whole region.
 */
async function openWithCorruptFile(file: string | null, corrupt: Corrupt): Promise<AppDriver> {
  const map = await app.open('/data/claimants.json');
  if (file === null) await map.goto('/');
  else await map.openWithDataRewritten(file, corrupt);
  await map.page.waitForFunction(
    (id) => {
      const instance = window.__map;
      return Boolean(instance?.getSource(id) && instance.querySourceFeatures(id).length > 0);
    },
    OVERLAY_SOURCES.places,
    { timeout: 30_000 },
  );
  await map.waitForIdle();
  // The whole region in view, so what is drawn depends on the data alone, not on the framing.
  await map.page.evaluate((bbox) => {
    const [west, south, east, north] = bbox;
    window.__map?.fitBounds([west, south, east, north], { animate: false, padding: 40 });
  }, REGION_BBOX);
  await map.waitForIdle();
  return map;
}

/** Place ids drawn by the settlements layer, as a reader sees them on screen. */
async function renderedPlaceIds(map: AppDriver): Promise<string[]> {
  const ids = (await map.rendered('settlements-circle')).map((p) => String(p.placeId));
  return [...new Set(ids)].sort();
}

/** How the settlements layer colours `placeId` (e.g. `disputed`) on the page's date. */
async function renderedStatus(map: AppDriver, placeId: string): Promise<unknown> {
  await map.waitForIdle();
  return map.page.evaluate(
    (id) =>
      window.__map
        ?.queryRenderedFeatures({ layers: ['settlements-circle'] })
        .find((f) => f.properties.placeId === id)?.properties.status,
    placeId,
  );
}

/** Settlements drawn with the real, valid data: what every corrupted case must still show. */
let cleanPlaces: string[] = [];

beforeAll(async () => {
  const map = await openWithCorruptFile(null, (text) => text);
  cleanPlaces = await renderedPlaceIds(map);
  expect(await map.page.getByTestId('rejections-banner').count()).toBe(0);
  await app.closeNow();
});

describe('a malformed data file or record costs only itself', () => {
  it('draws settlements and shows no banner with the real data', () => {
    expect(cleanPlaces).toEqual(
      expect.arrayContaining(['sudzha', 'lyubimovka', 'korenevo', 'sumy', 'kursk']),
    );
  });

  it('names a file that is not JSON, and renders the other files', async () => {
    const map = await openWithCorruptFile('area-figures.json', (text) => text.slice(0, 200));
    const lines = await map.bannerLines();
    expect(lines).toContainEqual(
      expect.stringMatching(/^area-figures\.json: not valid JSON: .*line \d+ column \d+/),
    );
    expect(await renderedPlaceIds(map)).toEqual(cleanPlaces);
    await map.screenshot('robustness-bad-json');
  });

  it('names a place whose latitude is off the globe, and draws every other place', async () => {
    const map = await openWithCorruptFile(
      'places.json',
      editRecord('plekhovo', (place) => {
        (place.location as Json).lat = 95;
      }),
    );
    // Counted before the banner is opened: its list of rejected claims pushes the map's edge.
    const drawn = await renderedPlaceIds(map);
    const lines = await map.bannerLines();
    expect(lines).toContainEqual(
      expect.stringContaining('places.json: record "plekhovo" field location.lat'),
    );
    expect(drawn, JSON.stringify(cleanPlaces.filter((id) => !drawn.includes(id)))).toEqual(
      cleanPlaces.filter((id) => id !== 'plekhovo'),
    );
    // Its cell goes with it (nothing to draw it for); every other settlement keeps its cell.
    expect(lines.filter((line) => line.startsWith('zone-cells.json'))).toEqual([]);
    await map.waitForIdle();
    const cells = await map.rendered(ZONE_AREA_LAYERS.zones);
    expect(cells.some((cell) => cell.placeId === 'plekhovo')).toBe(false);
    expect(cells.length).toBeGreaterThan(0);
  });

  it('names a claim citing a source that does not exist, and still draws its place', async () => {
    const claim = 'ua-commander-in-chief-sudzha-2024-08-15';
    const map = await openWithCorruptFile(
      'claims.json',
      editRecord(claim, (record) => {
        record.sources = ['no-such-source'];
      }),
    );
    const lines = await map.bannerLines();
    expect(lines).toContainEqual(
      expect.stringContaining(
        `claims.json: record "${claim}" field sources.0: unknown source "no-such-source"`,
      ),
    );
    expect(await renderedPlaceIds(map)).toEqual(cleanPlaces);
  });

  it('names an event dated 30 February, and renders the rest', async () => {
    const event = '2024-08-07-gis-sudzha-channels';
    const map = await openWithCorruptFile(
      'events.json',
      editRecord(event, (record) => {
        record.date = '2025-02-30';
      }),
    );
    const lines = await map.bannerLines();
    expect(lines).toContainEqual(
      expect.stringContaining(`events.json: record "${event}" field date: must be a real date`),
    );
    expect(await renderedPlaceIds(map)).toEqual(cleanPlaces);
  });

  it('says when the zone cells are unusable, draws no zones, and renders the rest', async () => {
    const map = await openWithCorruptFile('zone-cells.json', (text) => text.slice(0, 100));
    const lines = await map.bannerLines();
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^zone-cells\.json: could not be read: .*; the zones of \d+ located settlements are not drawn$/,
      ),
    );
    const headline = await map.page.getByTestId('rejections-banner').locator('summary').innerText();
    expect(headline).toMatch(/^1 file skipped/);
    expect(await renderedPlaceIds(map)).toEqual(cleanPlaces);
    const zones = await map.sourceFeatureCount(OVERLAY_SOURCES.zones);
    expect(zones).toBe(0);
  });

  it('answers 404 for a data file the server does not have, never the HTML page', async () => {
    const response = await fetch(new URL('/data/no-such-file.json', baseUrl()));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });

  it('says events.json is missing and still draws the claims that linked to its events', async () => {
    // 13 Mar 2025: the RU MoD claim on Sudzha links to an event; without events it still counts.
    const map = await openWithCorruptFile('events.json', () => null);
    app.expectConsoleErrors(/status of 404 \(Not Found\)/);
    const lines = await map.bannerLines();
    expect(lines).toContain('events.json: file is missing');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^claims\.json: \d+ records .* field event: unknown event .*kept and drawn/,
      ),
    );
    expect(await renderedStatus(map, 'sudzha')).toBe('disputed');
    const headline = await map.page.getByTestId('rejections-banner').locator('summary').innerText();
    expect(headline).toMatch(/^1 file skipped: .*; \d+ records shown without a broken event link$/);
  });

  it('says an empty events.json is empty', async () => {
    const map = await openWithCorruptFile('events.json', () => '');
    expect(await map.bannerLines()).toContainEqual(
      expect.stringMatching(/^events\.json: file is empty/),
    );
    expect(await renderedStatus(map, 'sudzha')).toBe('disputed');
  });

  it('groups 10,000 copies of one event id into one line, counted as the data check counts', async () => {
    const map = await openWithCorruptFile('events.json', (text) => {
      const events = JSON.parse(text) as Json[];
      return JSON.stringify([...events, ...Array.from({ length: 10_000 }, () => events[0])]);
    });
    expect(await map.bannerLines()).toEqual([
      expect.stringMatching(
        /^events\.json: 10,001 records share id "[^"]+": the first \(index 0\) is kept, the other 10,000 are skipped$/,
      ),
    ]);
    const headline = await map.page.getByTestId('rejections-banner').locator('summary').innerText();
    expect(headline).toMatch(/^10,000 records skipped/);
  });
});

import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../test/fixtures';
import { loadZoneShapes, zoneShapeRejections } from './load-zone-shapes';
import { zoneIntervals } from './zone-intervals';
import { ZONE_RADIUS_KM } from './shape-table';

const SQUARE = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [35, 51],
      [35.1, 51],
      [35.1, 51.1],
      [35, 51],
    ],
  ],
};

const respond =
  (body: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('loadZoneShapes', () => {
  it('returns the shapes of a well-formed file from the data folder', async () => {
    const urls: string[] = [];
    const table = { radius_km: ZONE_RADIUS_KM, shapes: { k: { geometry: SQUARE, area_km2: 5 } } };
    const fetchFn: typeof fetch = (url) => {
      urls.push(String(url));
      return respond(JSON.stringify(table))(url);
    };
    const load = await loadZoneShapes('/base/', fetchFn);
    expect(urls).toEqual(['/base/data/zone-shapes.json']);
    expect(load).toEqual({ shapes: table.shapes, problem: null });
  });

  it.each([
    ['an HTTP error', respond('', 404), 'could not be fetched: HTTP 404'],
    ['text that is not JSON', respond('{'), 'could not be read'],
    ['a table for another radius', respond('{"radius_km":5,"shapes":{}}'), 'not a zone-shapes'],
    [
      'a failed fetch',
      () => Promise.reject(new TypeError('offline')),
      'could not be read: offline',
    ],
  ])('has no shapes, and says why, for %s', async (_, fetchFn, problem) => {
    const load = await loadZoneShapes('/', fetchFn as typeof fetch);
    expect(load.shapes).toEqual({});
    expect(load.problem).toContain(problem);
  });
});

describe('zoneShapeRejections', () => {
  const dataset = makeFixtureDataset();
  const intervals = zoneIntervals(dataset);
  const complete = Object.fromEntries(
    intervals.map((interval) => [interval.shapeKey, { geometry: SQUARE, area_km2: 1 }]),
  );

  it('is empty when every zone has a shape', () => {
    expect(intervals.length).toBeGreaterThan(0);
    expect(zoneShapeRejections(dataset, { shapes: complete, problem: null })).toEqual([]);
  });

  it('names each zone without a shape by claimant, side and first day', () => {
    const rejections = zoneShapeRejections(dataset, { shapes: {}, problem: null });
    expect(rejections).toHaveLength(intervals.length);
    expect(rejections[0]).toMatchObject({
      file: 'zone-shapes.json',
      recordId: 'ru-mod/ru/2025-03-13',
      field: null,
    });
    expect(rejections[0]?.message).toContain('rebuild');
  });

  it('reports an unusable file once, with the number of zones it costs', () => {
    const rejections = zoneShapeRejections(dataset, { shapes: {}, problem: 'could not be read' });
    expect(rejections).toEqual([
      {
        file: 'zone-shapes.json',
        recordId: null,
        field: null,
        message: `could not be read; the ${intervals.length} claimed-control zones are not drawn`,
      },
    ]);
  });
});

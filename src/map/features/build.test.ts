import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../data/dates';
import type { Dataset } from '../../data/schema';
import { COMBINED_VIEW } from '../../data/vocabulary';
import { makeFixtureDataset } from '../../test/fixtures';
import { computeZoneShapes, type CountriesCollection } from '../../zones/build/geometry';
import { zoneShapeKey } from '../../zones/shape-table';
import { zoneIntervals } from '../../zones/zone-intervals';
import { buildMapFeatures } from './build';
import { buildEvacuationFeatures, buildEventFeatures } from './events';
import { buildPlaceLabelFeatures, buildPlaceStatusFeatures } from './places';
import type { IntervalProperties } from './types';

// RU north of 51.1°N, UA south: contains the fixture's Sudzha (RU) and Myropillia (UA).
const COUNTRIES: CountriesCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { country: 'RU' }, geometry: box(35, 51.1, 36, 52) },
    { type: 'Feature', properties: { country: 'UA' }, geometry: box(35, 50.5, 36, 51.1) },
  ],
};

/** The shapes the build would ship for `dataset`. */
const shapesFor = (dataset: Dataset) =>
  computeZoneShapes(
    zoneIntervals(dataset).map((interval) => interval.points),
    COUNTRIES,
  );

function box(west: number, south: number, east: number, north: number) {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Polygon' as const, coordinates: [ring] };
}

/** What the map's filter `start_day <= day < end_day` lets through on `isoDay`. */
function visibleOn<F extends Feature<Geometry, IntervalProperties>>(
  features: readonly F[],
  isoDay: string,
): F[] {
  const day = toDayNumber(isoDay);
  return features.filter((f) => f.properties.start_day <= day && day < f.properties.end_day);
}

describe('buildPlaceStatusFeatures', () => {
  const { features } = buildPlaceStatusFeatures(makeFixtureDataset());
  const sudzha = (view: string, isoDay: string) =>
    visibleOn(features, isoDay)
      .filter((f) => f.properties.placeId === 'sudzha' && f.properties.view === view)
      .map((f) => f.properties.status);

  it('shows Sudzha as Ukraine’s until Russia’s claim, then disputed', () => {
    expect(sudzha(COMBINED_VIEW, '2024-08-14')).toEqual(['unclaimed']);
    expect(sudzha(COMBINED_VIEW, '2025-03-12')).toEqual(['ua']);
    expect(sudzha(COMBINED_VIEW, '2025-03-13')).toEqual(['disputed']);
  });

  it('shows one claimant’s word alone in that claimant’s view', () => {
    expect(sudzha('ru-mod', '2025-03-12')).toEqual(['unclaimed']);
    expect(sudzha('ru-mod', '2025-03-13')).toEqual(['ru']);
    expect(sudzha('ua-commander-in-chief', '2025-03-13')).toEqual(['ua']);
  });

  it('lists the claimants in force', () => {
    const [disputed] = visibleOn(features, '2025-03-13').filter(
      (f) => f.properties.placeId === 'sudzha' && f.properties.view === COMBINED_VIEW,
    );
    expect(disputed?.properties).toMatchObject({ claimants: 'ru-mod,ua-commander-in-chief' });
  });

  it('shows exactly one feature per located place and view on any day', () => {
    for (const isoDay of ['1990-01-01', '2024-08-15', '2025-03-12', '2025-03-13', '2030-01-01']) {
      const keys = visibleOn(features, isoDay).map(
        (f) => `${f.properties.placeId}/${f.properties.view}`,
      );
      expect(keys.sort()).toEqual([
        'myropillia/all',
        'myropillia/ru-mod',
        'myropillia/ua-commander-in-chief',
        'sudzha/all',
        'sudzha/ru-mod',
        'sudzha/ua-commander-in-chief',
      ]);
    }
  });
});

describe('buildPlaceLabelFeatures', () => {
  const dataset = makeFixtureDataset();
  const labels = buildPlaceLabelFeatures(dataset).features;

  it('labels each located place once, with both names and no day or view', () => {
    expect(labels.map((f) => f.properties)).toEqual([
      { placeId: 'sudzha', name_en: 'Sudzha', name_native: 'Суджа', claims_on_record: 2 },
      {
        placeId: 'myropillia',
        name_en: 'Myropillia',
        name_native: 'Миропілля',
        claims_on_record: 0,
      },
    ]);
    for (const f of labels) {
      expect(Object.keys(f.properties)).not.toContain('start_day');
      expect(Object.keys(f.properties)).not.toContain('view');
    }
  });

  it('labels exactly the places that have a status point on any day', () => {
    const status = buildPlaceStatusFeatures(dataset).features;
    for (const isoDay of ['1990-01-01', '2025-03-13', '2030-01-01']) {
      const drawn = new Set(visibleOn(status, isoDay).map((f) => f.properties.placeId));
      expect(new Set(labels.map((f) => f.properties.placeId))).toEqual(drawn);
    }
  });

  it('puts each label where its place is drawn', () => {
    const status = buildPlaceStatusFeatures(dataset).features;
    for (const label of labels) {
      const point = status.find((f) => f.properties.placeId === label.properties.placeId);
      expect(label.geometry).toEqual(point?.geometry);
    }
  });
});

describe('buildMapFeatures', () => {
  const dataset = makeFixtureDataset();
  const features = buildMapFeatures(dataset, shapesFor(dataset));

  it('includes the settlement labels', () => {
    expect(features.placeLabels.features.map((f) => f.properties.placeId)).toEqual([
      'sudzha',
      'myropillia',
    ]);
  });

  it('gives every feature a numeric id unique within its collection', () => {
    for (const collection of Object.values(features)) {
      const ids = (collection.features as { id: number }[]).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => Number.isInteger(id) && id > 0)).toBe(true);
    }
  });

  it('draws ru-mod’s zone from its claim day, resting on located places only', () => {
    const zones = (isoDay: string) =>
      visibleOn(features.zones.features, isoDay).filter((f) => f.properties.claimant === 'ru-mod');
    expect(zones('2025-03-12')).toEqual([]);
    const [zone] = zones('2025-03-13');
    expect(zone?.properties).toMatchObject({
      side: 'ru',
      claimant_name: 'Russian Defence Ministry',
      place_count: 1,
    });
    const sudzha = dataset.places.find((place) => place.id === 'sudzha')!.location!;
    const shape =
      shapesFor(dataset)[zoneShapeKey([{ lon: sudzha.lon, lat: sudzha.lat, country: 'RU' }])];
    expect(zone?.geometry).toEqual(shape?.geometry);
    expect(shape?.area_km2).toBeCloseTo(28.1, 1);
  });
});

describe('buildZoneFeatures intervals', () => {
  const dataset = makeFixtureDataset();
  const [sudzhaClaim] = dataset.claims.filter((c) => c.id === 'cl-sudzha-ru-2025-03-13');
  dataset.claims.push(
    {
      ...sudzhaClaim!,
      id: 'melovoy-contested',
      place: 'melovoy',
      holder: 'contested',
      from: '2025-03-20',
    },
    { ...sudzhaClaim!, id: 'myropillia-ru', place: 'myropillia', from: '2025-04-01' },
  );
  const ruZones = buildMapFeatures(dataset, shapesFor(dataset)).zones.features.filter(
    (f) => f.properties.claimant === 'ru-mod' && f.properties.side === 'ru',
  );

  it('starts a new zone only when the located places held change', () => {
    const ruIntervals = zoneIntervals(dataset).filter(
      (interval) => interval.claimant === 'ru-mod' && interval.side === 'ru',
    );
    expect(ruIntervals.map((interval) => interval.placeIds.join())).toEqual([
      'sudzha',
      'myropillia,sudzha',
    ]);
    expect(ruZones.map((f) => f.properties.place_count)).toEqual([1, 2]);
  });

  it('shows one zone per claimant and side on any day', () => {
    expect(visibleOn(ruZones, '2025-03-31').map((f) => f.properties.place_count)).toEqual([1]);
    expect(visibleOn(ruZones, '2025-04-01').map((f) => f.properties.place_count)).toEqual([2]);
  });
});

describe('zones without a shape', () => {
  // Every zone of the fixture rests on Sudzha alone, so they all share one shape.
  const dataset = makeFixtureDataset();

  it('draws nothing for an interval whose shape is missing or empty', () => {
    const shapes = shapesFor(dataset);
    const [key] = Object.keys(shapes);
    const without = { ...shapes, [key!]: { geometry: null, area_km2: 0 } };
    expect(buildMapFeatures(dataset, shapes).zones.features.length).toBeGreaterThan(0);
    expect(buildMapFeatures(dataset, without).zones.features).toEqual([]);
    expect(buildMapFeatures(dataset, {}).zones.features).toEqual([]);
  });
});

describe('event and evacuation features', () => {
  it('places an event at each located place it names, on its day', () => {
    const dataset = makeFixtureDataset();
    const { features } = buildEventFeatures(dataset);
    const located = (ids: string[]) =>
      ids.filter((id) => dataset.places.find((place) => place.id === id)?.location);
    expect(features.map((f) => [f.properties.placeId, f.properties.day])).toEqual(
      dataset.events.flatMap((event) =>
        located(event.places).map((placeId) => [placeId, toDayNumber(event.date)]),
      ),
    );
    expect(features.map((f) => f.properties)).toContainEqual({
      placeId: 'sudzha',
      day: toDayNumber('2025-03-13'),
    });
  });

  it('shows an order from its day on at its hromada centre and named settlements', () => {
    const dataset = makeFixtureDataset();
    dataset.evacuations[0]!.settlements.named = ['sudzha'];
    const { features } = buildEvacuationFeatures(dataset);
    expect(features.map((f) => [f.properties.placeId, f.properties.role])).toEqual([
      ['myropillia', 'hromada-centre'],
      ['sudzha', 'named-settlement'],
    ]);
    expect(visibleOn(features, '2025-03-12')).toEqual([]);
    expect(visibleOn(features, '2025-03-13')).toHaveLength(2);
  });
});

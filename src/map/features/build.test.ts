import type { Feature, Geometry, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toDayNumber, toIsoDay } from '../../data/dates';
import type { Dataset } from '../../data/schema';
import { COMBINED_VIEW } from '../../data/vocabulary';
import { makeFixtureDataset } from '../../test/fixtures';
import { passesFilter } from '../../test/layer-filter';
import { buildZoneData } from '../../zones/zone-data';
import type { ZoneCellsFile } from '../../zones/zone-cells-schema';
import { zoneStatuses } from '../../zones/zone-status';
import { buildMapFeatures, buildOverlayFeatures, buildViewFeatures, FEATURE_FILES } from './build';
import { buildEvacuationFeatures, buildEventFeatures, EVENT_WINDOW_DAYS } from './events';
import { buildPlaceLabelFeatures, buildPlaceStatusFeatures } from './places';
import { eventMarkerFilter } from '../evidence-layers';
import type { EventProperties, IntervalProperties } from './types';

/** A cells file as the build would ship it: a box around each located place. */
function cellsFor(dataset: Dataset): ZoneCellsFile {
  const cells: ZoneCellsFile['cells'] = {};
  for (const place of dataset.places) {
    if (!place.location) continue;
    const { lon, lat } = place.location;
    cells[place.id] = {
      site: [lon, lat],
      geometry: box(lon - 0.05, lat - 0.03, lon + 0.05, lat + 0.03),
      areaKm2: 23.4,
    };
  }
  return { maxRadiusKm: 4, cells };
}

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

/** The event markers the map's own layer filter shows on `day` (MapLibre's expression engine). */
function markersOn(features: readonly Feature<Point, EventProperties>[], day: number) {
  const filter = eventMarkerFilter();
  return features.filter((f) => passesFilter(filter, { ...f.properties }, { day }));
}

/** What the map's filter `start_day <= day < end_day` lets through on `isoDay`. */
function visibleOn<F extends Feature<Geometry, IntervalProperties>>(
  features: readonly F[],
  isoDay: string,
): F[] {
  const day = toDayNumber(isoDay);
  return features.filter((f) => f.properties.start_day <= day && day < f.properties.end_day);
}

/** Every view's status points (the build writes one view per file; here all at once). */
const statusFeatures = (dataset: Dataset) =>
  buildPlaceStatusFeatures(dataset, zoneStatuses(dataset)).features;

describe('buildOverlayFeatures', () => {
  const dataset = makeFixtureDataset();
  const zones = buildZoneData(dataset, cellsFor(dataset));
  const fileUrl = (file: string) => `http://127.0.0.1/data/${file}`;

  it('builds every collection of the view in the page when the data is not the build’s', () => {
    expect(buildOverlayFeatures(dataset, zones, null, 'ru-mod')).toEqual(
      buildMapFeatures(dataset, zones, 'ru-mod'),
    );
  });

  it('points the language-free collections at the build’s files, the view’s at its own (cells: its tile pack)', () => {
    const overlay = buildOverlayFeatures(dataset, zones, fileUrl, 'ru-mod');
    const built = buildMapFeatures(dataset, zones, 'ru-mod');
    expect(overlay).toEqual({
      placeStatus: 'http://127.0.0.1/data/map-place-status.ru-mod.json',
      placeLabels: 'http://127.0.0.1/data/map-place-labels.json',
      zones: `cells://${encodeURIComponent('http://127.0.0.1/data/map-cells.ru-mod.tiles')}/{z}/{x}/{y}`,
      events: 'http://127.0.0.1/data/map-events.json',
      zoneLabels: built.zoneLabels,
      evacuations: built.evacuations,
    });
    expect(Object.keys(FEATURE_FILES).sort()).toEqual(['events', 'placeLabels']);
  });

  it('holds the one view it was built for', () => {
    const built = buildMapFeatures(dataset, zones, COMBINED_VIEW);
    const viewsOf = (features: readonly { properties: { view: string } }[]) => {
      expect(features.length).toBeGreaterThan(0);
      return new Set(features.map(({ properties }) => properties.view));
    };
    expect(viewsOf(built.placeStatus.features)).toEqual(new Set([COMBINED_VIEW]));
    expect(viewsOf(built.zones.features)).toEqual(new Set([COMBINED_VIEW]));
    expect(viewsOf(built.zoneLabels.features)).toEqual(new Set([COMBINED_VIEW]));
  });

  it('names no file for a view the data has no claimant for (its cells: tiles from no pack)', () => {
    const words = { t: (key: string) => key, lang: 'en' as const };
    const unknown = buildViewFeatures(dataset, zones, fileUrl, 'nobody', words);
    expect(unknown.placeStatus).toEqual({ type: 'FeatureCollection', features: [] });
    expect(unknown.zones).toBe('cells://none/{z}/{x}/{y}');
  });
});

describe('buildPlaceStatusFeatures', () => {
  const features = statusFeatures(makeFixtureDataset());
  const sudzha = (view: string, isoDay: string) =>
    visibleOn(features, isoDay)
      .filter((f) => f.properties.placeId === 'sudzha' && f.properties.view === view)
      .map((f) => f.properties.status);

  it('shows Sudzha as Ukraine’s until Russia’s claim, then Russia’s: the most recent claim decides', () => {
    expect(sudzha(COMBINED_VIEW, '2024-08-14')).toEqual(['unclaimed']);
    expect(sudzha(COMBINED_VIEW, '2025-03-12')).toEqual(['ua']);
    // Ukraine's claim of Aug 2024 is older than the dispute window: stale, not a dispute.
    expect(sudzha(COMBINED_VIEW, '2025-03-13')).toEqual(['ru']);
  });

  it('shows Sudzha disputed when the contrary claim is recent (within the dispute window)', () => {
    const dataset = makeFixtureDataset();
    dataset.claims.find((claim) => claim.holder === 'ua')!.from = '2025-03-10';
    const features = statusFeatures(dataset);
    const status = visibleOn(features, '2025-03-13').find(
      (f) => f.properties.placeId === 'sudzha' && f.properties.view === COMBINED_VIEW,
    );
    expect(status?.properties.status).toBe('disputed');
  });

  it('shows one claimant’s word alone in that claimant’s view', () => {
    expect(sudzha('ru-mod', '2025-03-12')).toEqual(['unclaimed']);
    expect(sudzha('ru-mod', '2025-03-13')).toEqual(['ru']);
    expect(sudzha('ua-commander-in-chief', '2025-03-13')).toEqual(['ua']);
  });

  it('lists the claimants in force', () => {
    const [inForce] = visibleOn(features, '2025-03-13').filter(
      (f) => f.properties.placeId === 'sudzha' && f.properties.view === COMBINED_VIEW,
    );
    expect(inForce?.properties).toMatchObject({ claimants: 'ru-mod,ua-commander-in-chief' });
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
    const status = statusFeatures(dataset);
    for (const isoDay of ['1990-01-01', '2025-03-13', '2030-01-01']) {
      const drawn = new Set(visibleOn(status, isoDay).map((f) => f.properties.placeId));
      expect(new Set(labels.map((f) => f.properties.placeId))).toEqual(drawn);
    }
  });

  it('puts each label where its place is drawn', () => {
    const status = statusFeatures(dataset);
    for (const label of labels) {
      const point = status.find((f) => f.properties.placeId === label.properties.placeId);
      expect(label.geometry).toEqual(point?.geometry);
    }
  });
});

describe('buildMapFeatures', () => {
  const dataset = makeFixtureDataset();
  const zones = buildZoneData(dataset, cellsFor(dataset));
  const features = buildMapFeatures(dataset, zones, 'ru-mod');
  const combined = buildMapFeatures(dataset, zones, COMBINED_VIEW);

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

  it('draws Sudzha’s cell in ru-mod’s view from its claim day, with the cell’s geometry', () => {
    const cells = (isoDay: string) =>
      visibleOn(features.zones.features, isoDay).filter((f) => f.properties.view === 'ru-mod');
    expect(cells('2025-03-12')).toEqual([]);
    const [cell] = cells('2025-03-13');
    expect(cell?.properties).toMatchObject({ placeId: 'sudzha', status: 'ru' });
    expect(cell?.geometry).toEqual(zones.cells.get('sudzha')?.geometry);
  });

  it('gives each cell the same status as its settlement dot, in every view, on every day', () => {
    for (const isoDay of ['2024-08-15', '2025-03-12', '2025-03-13', '2030-01-01']) {
      const dots = visibleOn(
        [...features.placeStatus.features, ...combined.placeStatus.features],
        isoDay,
      );
      for (const cell of visibleOn(
        [...features.zones.features, ...combined.zones.features],
        isoDay,
      )) {
        const dot = dots.find(
          (f) =>
            f.properties.placeId === cell.properties.placeId &&
            f.properties.view === cell.properties.view,
        );
        expect(dot?.properties.status).toBe(cell.properties.status);
      }
    }
  });

  it('labels a zone with its view, side and km², from the cells', () => {
    const labels = visibleOn(
      [...features.zoneLabels.features, ...combined.zoneLabels.features],
      '2025-03-13',
    ).map((f) => f.properties.label);
    expect(labels, JSON.stringify(labels)).toContain(
      'Russian Defence Ministry: held by Russia\n23 km² · 1 settlement',
    );
    expect(labels).toContain('All claimants: held by Russia\n23 km² · 1 settlement');
  });

  it('draws no cell for a place whose coordinate changed after the build', () => {
    const moved = makeFixtureDataset();
    moved.places.find((place) => place.id === 'sudzha')!.location!.lat += 0.01;
    const stale = buildMapFeatures(moved, buildZoneData(moved, cellsFor(dataset)), COMBINED_VIEW);
    expect(stale.zones.features.some((f) => f.properties.placeId === 'sudzha')).toBe(false);
    expect(
      buildMapFeatures(dataset, buildZoneData(dataset, null), COMBINED_VIEW).zones.features,
    ).toEqual([]);
  });
});

describe('event and evacuation features', () => {
  it('marks a located place on exactly the days it had an event in the last seven', () => {
    const template = makeFixtureDataset();
    const base = toDayNumber('2025-03-01');
    const arbitraryEvents = fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 40 }),
        places: fc.subarray(['sudzha', 'myropillia', 'melovoy'], { minLength: 1 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arbitraryEvents, (drawn) => {
        const events = drawn.map(({ offset, places }, n) => ({
          ...template.events[0]!,
          id: `ev-${n}`,
          date: toIsoDay(base + offset),
          places,
        }));
        const { features } = buildEventFeatures({ ...template, events });
        for (let day = base - 2; day <= base + 50; day += 1) {
          const expected = new Set(
            events
              .filter((event) => {
                const eventDay = toDayNumber(event.date);
                return eventDay <= day && eventDay > day - EVENT_WINDOW_DAYS;
              })
              .flatMap((event) => event.places.filter((id) => id !== 'melovoy')),
          );
          const shown = markersOn(features, day).map((f) => f.properties.placeId);
          expect(shown.sort()).toEqual([...expected].sort());
        }
      }),
    );
  });

  it('draws one marker feature per place, with its event days between commas', () => {
    const dataset = makeFixtureDataset();
    const event = dataset.events[0]!;
    dataset.events = ['2025-03-01', '2025-03-05', '2025-03-20'].map((date, n) => ({
      ...event,
      id: `ev-${n}`,
      date,
      places: ['sudzha'],
    }));
    const days = ['2025-03-01', '2025-03-05', '2025-03-20'].map(toDayNumber);
    expect(buildEventFeatures(dataset).features.map((f) => f.properties)).toEqual([
      {
        placeId: 'sudzha',
        start_day: toDayNumber('2025-03-01'),
        end_day: toDayNumber('2025-03-27'),
        event_days: `,${days.join(',')},`,
      },
    ]);
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

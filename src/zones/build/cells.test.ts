import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../projection';
import type { Site } from '../sites';
import { settlementCells, type CellFeature, type LandPolygons } from './cells';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function box(west: number, south: number, east: number, north: number): Position[][][] {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return [[ring]];
}

function land(ru: Position[][][], ua: Position[][][]): LandPolygons {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { country: 'RU' },
        geometry: { type: 'MultiPolygon', coordinates: ru },
      },
      {
        type: 'Feature',
        properties: { country: 'UA' },
        geometry: { type: 'MultiPolygon', coordinates: ua },
      },
    ],
  };
}

/** Russia north of 51°N, Ukraine south of it. */
const STRAIGHT_BORDER = land(box(34, 51, 36, 52), box(34, 50, 36, 51));

const NEAR_BORDER: Site[] = [
  { id: 'ru-a', lon: 35.0, lat: 51.02, country: 'RU' },
  { id: 'ru-b', lon: 35.06, lat: 51.03, country: 'RU' },
  { id: 'ru-c', lon: 35.03, lat: 51.07, country: 'RU' },
  { id: 'ua-a', lon: 35.01, lat: 50.98, country: 'UA' },
  { id: 'ua-b', lon: 35.07, lat: 50.97, country: 'UA' },
];

type Areal = Feature<Polygon | MultiPolygon>;
const km2 = (feature: Areal | null) => (feature ? area(feature) / 1e6 : 0);
const overlapKm2 = (a: Areal, b: Areal) => km2(intersect(featureCollection([a, b])));

const countryFeature = (collection: LandPolygons, country: 'RU' | 'UA') => {
  const feature = collection.features.find((item) => item.properties.country === country);
  if (!feature) throw new Error(`no ${country} polygon`);
  return feature;
};

/**
 * Rounding to 5 decimals moves a vertex ≤ ~1 m off a shared edge, so neighbours may overlap by
 * a sliver: at most ~1 m × the shared edge, which is shorter than the disc's diameter. With the
 * radius measured on the real data (10 km), that is under 0.02 km²; seen: 0.003 km².
 */
const SLIVER_KM2 = 0.001 * 20;

function expectNoOverlaps(cells: readonly CellFeature[]): void {
  cells.forEach((cell, index) => {
    for (const other of cells.slice(index + 1)) {
      expect(
        overlapKm2(cell, other),
        `${cell.properties.place} × ${other.properties.place}`,
      ).toBeLessThan(SLIVER_KM2);
    }
  });
}

function vertices(cell: CellFeature): Position[] {
  const geometry = cell.geometry;
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

describe('settlementCells on a straight border', () => {
  const cells = settlementCells(NEAR_BORDER, STRAIGHT_BORDER, { maxRadiusKm: 5 });

  it('gives each site one cell, in input order', () => {
    expect(cells.map((cell) => cell.properties.place)).toEqual(NEAR_BORDER.map((site) => site.id));
  });

  it('puts each site inside its own cell', () => {
    cells.forEach((cell, index) => {
      const site = NEAR_BORDER[index];
      expect(site && booleanPointInPolygon([site.lon, site.lat], cell)).toBe(true);
    });
  });

  it('never overlaps two cells', () => {
    expectNoOverlaps(cells);
  });

  it('keeps every cell on its own side of the state border', () => {
    cells.forEach((cell, index) => {
      const other = NEAR_BORDER[index]?.country === 'RU' ? 'UA' : 'RU';
      expect(overlapKm2(cell, countryFeature(STRAIGHT_BORDER, other))).toBeLessThan(1e-6);
    });
  });

  it('keeps every vertex within the max radius (1 % projection tolerance)', () => {
    cells.forEach((cell, index) => {
      const site = NEAR_BORDER[index] ?? { lon: NaN, lat: NaN };
      for (const [lon = NaN, lat = NaN] of vertices(cell)) {
        expect(distanceKm(site, { lon, lat })).toBeLessThanOrEqual(5 * 1.01);
      }
    });
  });

  it('rounds coordinates to 5 decimals', () => {
    for (const cell of cells) {
      for (const value of vertices(cell).flat()) {
        expect(Math.round(value * 1e5) / 1e5).toBe(value);
      }
    }
  });

  it('reports the geodesic area of the shipped geometry in km² (3 decimals)', () => {
    for (const cell of cells) {
      expect(cell.properties.areaKm2).toBeCloseTo(km2(cell), 3);
      expect(cell.properties.areaKm2).toBeGreaterThan(0);
    }
  });
});

describe('settlementCells, special cases', () => {
  it('gives a lone inland site a disc of about π·r²', () => {
    const [cell] = settlementCells(
      [{ id: 'alone', lon: 35, lat: 51.5, country: 'RU' }],
      STRAIGHT_BORDER,
      { maxRadiusKm: 4 },
    );
    expect((cell?.properties.areaKm2 ?? 0) / (Math.PI * 16)).toBeCloseTo(1, 2);
  });

  it('cuts a disc that reaches the border back to the site country', () => {
    const [cell] = settlementCells(
      [{ id: 'edge', lon: 35, lat: 51.01, country: 'RU' }],
      STRAIGHT_BORDER,
      { maxRadiusKm: 4 },
    );
    expect(cell?.properties.areaKm2 ?? 0).toBeLessThan(0.75 * Math.PI * 16);
    expect(cell?.properties.areaKm2 ?? 0).toBeGreaterThan(0.5 * Math.PI * 16);
  });

  it('drops the piece of land cut off from the site by the other state', () => {
    // Russian land on both sides of a 2 km-wide Ukrainian strip along 35.0–35.03°E.
    const split = land(
      [...box(34.9, 51, 35.0, 52), ...box(35.03, 51, 35.2, 52)],
      box(35.0, 51, 35.03, 52),
    );
    const [cell] = settlementCells([{ id: 'west', lon: 34.99, lat: 51.5, country: 'RU' }], split, {
      maxRadiusKm: 5,
    });
    expect(cell?.geometry.type).toBe('Polygon');
    for (const [lon = NaN] of cell ? vertices(cell) : []) expect(lon).toBeLessThanOrEqual(35.0);
  });

  it('gives no cell to a site far off its country’s land', () => {
    const cells = settlementCells(
      [
        { id: 'lost', lon: 35, lat: 50.5, country: 'RU' },
        { id: 'home', lon: 35, lat: 51.5, country: 'RU' },
      ],
      STRAIGHT_BORDER,
      { maxRadiusKm: 3 },
    );
    expect(cells.map((cell) => cell.properties.place)).toEqual(['home']);
  });

  it('throws on two sites at one position, naming both', () => {
    expect(() =>
      settlementCells(
        [
          { id: 'one', lon: 35, lat: 51.5, country: 'RU' },
          { id: 'two', lon: 35, lat: 51.5, country: 'RU' },
        ],
        STRAIGHT_BORDER,
        { maxRadiusKm: 3 },
      ),
    ).toThrow(/one and two/);
  });

  it('returns nothing for no sites', () => {
    expect(settlementCells([], STRAIGHT_BORDER, { maxRadiusKm: 3 })).toEqual([]);
  });
});

describe('settlementCells on the real border and places', () => {
  const countries = JSON.parse(
    readFileSync(join(ROOT, 'public', 'basemap', 'countries.geojson'), 'utf8'),
  ) as LandPolygons;
  const places = JSON.parse(readFileSync(join(ROOT, 'data', 'places.json'), 'utf8')) as {
    id: string;
    country: 'RU' | 'UA';
    location: { lon: number; lat: number } | null;
  }[];
  const sites: Site[] = places.flatMap(({ id, country, location }) =>
    location ? [{ id, country, lon: location.lon, lat: location.lat }] : [],
  );
  const cells = settlementCells(sites, countries, { maxRadiusKm: 6 });

  it('has located places to test with', () => {
    expect(sites.length).toBeGreaterThan(5);
  });

  it('gives every site lying in its country’s polygon a cell that holds it', () => {
    const byPlace = new Map(cells.map((cell) => [cell.properties.place, cell]));
    for (const site of sites) {
      if (!booleanPointInPolygon([site.lon, site.lat], countryFeature(countries, site.country)))
        continue;
      const cell = byPlace.get(site.id);
      expect(cell && booleanPointInPolygon([site.lon, site.lat], cell), site.id).toBe(true);
    }
  });

  it('never overlaps two cells and never crosses the state border', () => {
    expectNoOverlaps(cells);
    const countryOf = new Map(sites.map((site) => [site.id, site.country]));
    for (const cell of cells) {
      const other = countryOf.get(cell.properties.place) === 'RU' ? 'UA' : 'RU';
      expect(
        overlapKm2(cell, countryFeature(countries, other)),
        cell.properties.place,
      ).toBeLessThan(SLIVER_KM2);
    }
  });
});

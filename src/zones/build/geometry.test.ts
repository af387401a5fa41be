import { coordAll } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { computeZoneShapes, zoneShape, type CountriesCollection } from './geometry';
import { ZONE_RADIUS_KM, zoneShapeKey, type ZonePoint } from '../shape-table';

// Two 1°×1° "countries" sharing a straight border along latitude 51°N: RU north, UA south.
const COUNTRIES: CountriesCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { country: 'RU' }, geometry: square(35, 51, 36, 52) },
    { type: 'Feature', properties: { country: 'UA' }, geometry: square(35, 50, 36, 51) },
  ],
};

const FULL_CIRCLE_KM2 = Math.PI * ZONE_RADIUS_KM ** 2;
// 1 km of latitude in degrees (spherical Earth, as turf uses).
const KM_LAT = 1 / 111.195;

function square(west: number, south: number, east: number, north: number) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

const ru = (lon: number, lat: number): ZonePoint => ({ lon, lat, country: 'RU' });
const ua = (lon: number, lat: number): ZonePoint => ({ lon, lat, country: 'UA' });

describe('zoneShape', () => {
  it('draws a full circle of π·r² for a place well inside its country', () => {
    const shape = zoneShape([ru(35.5, 51.5)], COUNTRIES);
    expect(Math.abs(shape.area_km2 / FULL_CIRCLE_KM2 - 1)).toBeLessThan(0.01);
    expect(shape.geometry?.type).toBe('Polygon');
  });

  it('cuts a circle centred on the state border in half', () => {
    const shape = zoneShape([ru(35.5, 51)], COUNTRIES);
    expect(Math.abs(shape.area_km2 / (FULL_CIRCLE_KM2 / 2) - 1)).toBeLessThan(0.01);
  });

  it('counts the overlap of two nearby circles once', () => {
    const shape = zoneShape([ru(35.5, 51.5), ru(35.5, 51.5 + 2 * KM_LAT)], COUNTRIES);
    // Two r = 3 km discs 2 km apart: 2πr² minus the lens 2r²·acos(d/2r) − (d/2)·√(4r² − d²).
    const lens = 2 * 9 * Math.acos(1 / 3) - Math.sqrt(32);
    const expected = 2 * FULL_CIRCLE_KM2 - lens;
    expect(Math.abs(shape.area_km2 / expected - 1)).toBeLessThan(0.02);
    expect(shape.geometry?.type).toBe('Polygon');
  });

  it('keeps a zone on the side of the border its place lies on', () => {
    const shape = zoneShape([ua(35.5, 51 - KM_LAT)], COUNTRIES);
    const latitudes = coordAll(shape.geometry!).map(([, lat]) => lat!);
    expect(Math.max(...latitudes)).toBeLessThanOrEqual(51 + 1e-9);
    // The circle minus the segment beyond the border 1 km away: r²·acos(d/r) − d·√(r² − d²).
    const segment = 9 * Math.acos(1 / 3) - Math.sqrt(8);
    expect(Math.abs(shape.area_km2 / (FULL_CIRCLE_KM2 - segment) - 1)).toBeLessThan(0.01);
  });

  it('has no geometry and no area when no country polygon is there to clip to', () => {
    const none: CountriesCollection = { type: 'FeatureCollection', features: [] };
    expect(zoneShape([ru(35.5, 51.5)], none)).toEqual({ geometry: null, area_km2: 0 });
  });

  it('ships coordinates rounded to 6 decimals', () => {
    const shape = zoneShape([ru(35.5, 51.5)], COUNTRIES);
    for (const value of coordAll(shape.geometry!).flat()) {
      expect(Math.abs(value * 1e6 - Math.round(value * 1e6))).toBeLessThan(1e-6);
    }
  });
});

describe('computeZoneShapes', () => {
  it('keys each shape by its points, in any order, and computes each set once', () => {
    const a = ru(35.3, 51.5);
    const b = ru(35.7, 51.5);
    const shapes = computeZoneShapes([[a], [a, b], [b, a]], COUNTRIES);
    expect(Object.keys(shapes).sort()).toEqual([zoneShapeKey([a]), zoneShapeKey([a, b])].sort());
    expect(zoneShapeKey([b, a])).toBe(zoneShapeKey([a, b]));
    expect(shapes[zoneShapeKey([a, b])]?.area_km2).toBeCloseTo(2 * FULL_CIRCLE_KM2, -1);
  });

  it('tells apart the same coordinates recorded in different states', () => {
    expect(zoneShapeKey([ru(35.5, 51)])).not.toBe(zoneShapeKey([ua(35.5, 51)]));
  });
});

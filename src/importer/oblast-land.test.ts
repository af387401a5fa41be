import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_BBOX } from '../data/schema';
import { landInOperationArea, OPERATION_AREA } from './geometry';
import { importFile } from './import-file';
import { areasBySide } from './summary';
import { OBLAST_LAND_FILE } from './types';
import { parseXml } from './xml';

const box = (w: number, s: number, e: number, n: number) =>
  polygon([
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ]);

/** Area of a lon/lat box on turf's sphere (R = 6371008.8 m): R² Δλ (sin φn − sin φs), in km². */
function boxKm2(w: number, s: number, e: number, n: number): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  return (R * R * (e - w) * rad * (Math.sin(n * rad) - Math.sin(s * rad))) / 1e6;
}

describe('km² per oblast', () => {
  it('splits an area between the oblasts it covers, to their known areas', () => {
    // Two invented oblasts side by side at 35°E, and an area across their boundary.
    const land = landInOperationArea(
      featureCollection([
        { ...box(34.5, 51.0, 35.0, 51.5), properties: { oblast: 'sumy' } },
        { ...box(35.0, 51.0, 35.5, 51.5), properties: { oblast: 'kursk' } },
      ]) as FeatureCollection<Geometry | null>,
    );
    const file = {
      name: '2024-08-20.geojson',
      bytes: new TextEncoder().encode(
        JSON.stringify(
          featureCollection([
            { ...box(34.8, 51.1, 35.3, 51.3), properties: { status: 'ua' } },
            // Beyond both oblasts: counted in neither.
            { ...box(35.6, 51.1, 35.7, 51.2), properties: { status: 'ua' } },
          ]),
        ),
      ),
    };
    const bySide = areasBySide(importFile(file, parseXml, land));
    const totals = {
      kursk: bySide.ua.kursk + bySide.ru.kursk + bySide.unknown.kursk,
      sumy: bySide.ua.sumy + bySide.ru.sumy + bySide.unknown.sumy,
    };
    const kursk = boxKm2(35.0, 51.1, 35.3, 51.3);
    const sumy = boxKm2(34.8, 51.1, 35.0, 51.3);
    expect(Math.abs(totals.kursk - kursk) / kursk).toBeLessThan(0.001);
    expect(Math.abs(totals.sumy - sumy) / sumy).toBeLessThan(0.001);
  });
});

describe(OBLAST_LAND_FILE, () => {
  const file = JSON.parse(
    readFileSync(`public/basemap/${OBLAST_LAND_FILE}`, 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const land = landInOperationArea(file);
  const countries = JSON.parse(
    readFileSync('public/basemap/countries.geojson', 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const labels = JSON.parse(
    readFileSync('public/basemap/oblast-labels.geojson', 'utf8'),
  ) as FeatureCollection<Point, { name_en: string }>;
  const label = (name: string) => labels.features.find((f) => f.properties.name_en === name)!;
  const km2 = (f: Feature<Polygon | MultiPolygon> | null) => (f ? area(f) / 1e6 : 0);

  it('covers the operation area only, and each oblast lies on its own country’s land', () => {
    expect(OPERATION_AREA).toEqual([...REGION_BBOX]);
    for (const feature of file.features) {
      const { geometry } = feature;
      const positions =
        geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
      for (const [x, y] of positions) {
        expect(x! >= REGION_BBOX[0] - 1e-5 && x! <= REGION_BBOX[2] + 1e-5).toBe(true);
        expect(y! >= REGION_BBOX[1] - 1e-5 && y! <= REGION_BBOX[3] + 1e-5).toBe(true);
      }
    }
    for (const [oblast, country] of [
      ['kursk', 'RU'],
      ['sumy', 'UA'],
    ] as const) {
      const fill = countries.features.find((f) => f.properties?.country === country)!;
      const onOwn = km2(intersect(featureCollection([land[oblast], fill])));
      expect(onOwn / km2(land[oblast])).toBeGreaterThan(0.999);
    }
  });

  it('holds its own oblast’s label and not the neighbours’', () => {
    expect(booleanPointInPolygon(label('Kursk'), land.kursk)).toBe(true);
    expect(booleanPointInPolygon(label('Sumy'), land.sumy)).toBe(true);
    for (const neighbour of ['Belgorod', 'Kharkiv', 'Poltava', 'Bryansk']) {
      expect(booleanPointInPolygon(label(neighbour), land.kursk)).toBe(false);
      expect(booleanPointInPolygon(label(neighbour), land.sumy)).toBe(false);
    }
    // Most of Russia's land in the operation area is Kursk oblast, but not all (Belgorod).
    const ru = countries.features.find((f) => f.properties?.country === 'RU')!;
    const ruInArea = km2(intersect(featureCollection([ru, box(...OPERATION_AREA)])));
    expect(km2(land.kursk) / ruInArea).toBeGreaterThan(0.6);
    expect(km2(land.kursk) / ruInArea).toBeLessThan(0.9);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/data/validate-dataset';
import { zoneShapeRejections } from '../src/evidence/load-zone-shapes';
import { zoneIntervals } from '../src/evidence/map-features-zones';
import { ZONE_RADIUS_KM, zoneShapeTableSchema } from '../src/evidence/zone-shapes';
import { readDataFiles } from './check-data-run';
import { buildZoneShapeTable } from './zone-shapes';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
const COUNTRIES = join(ROOT, 'public', 'basemap', 'countries.geojson');

describe('buildZoneShapeTable on the real data', () => {
  const table = buildZoneShapeTable(DATA, COUNTRIES);
  const { dataset } = validateDataset(readDataFiles(DATA));

  it('writes a file the app accepts', () => {
    expect(zoneShapeTableSchema.parse(JSON.parse(JSON.stringify(table)))).toEqual(table);
  });

  it('has a drawable shape for every zone the data calls for, and nothing else', () => {
    const intervals = zoneIntervals(dataset);
    expect(intervals.length).toBeGreaterThan(0);
    expect(zoneShapeRejections(dataset, { shapes: table.shapes, problem: null })).toEqual([]);
    const keys = new Set(intervals.map((interval) => interval.shapeKey));
    expect(Object.keys(table.shapes).sort()).toEqual([...keys].sort());
    for (const shape of Object.values(table.shapes)) expect(shape.geometry).not.toBeNull();
  });

  it('gives a lone settlement well inside its state a full circle', () => {
    const sudzhaOnly = zoneIntervals(dataset).find(
      (interval) => interval.placeIds.join() === 'sudzha',
    );
    const area = sudzhaOnly && table.shapes[sudzhaOnly.shapeKey]?.area_km2;
    expect(area).toBeCloseTo(Math.PI * ZONE_RADIUS_KM ** 2, 0);
  });
});

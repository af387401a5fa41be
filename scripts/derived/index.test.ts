import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAMES } from '../../src/data/data-files';
import { zoneShapeRejections } from '../../src/zones/load-zone-shapes';
import {
  ZONE_RADIUS_KM,
  ZONE_SHAPES_FILE,
  zoneShapeTableSchema,
  type ZoneShapeTable,
} from '../../src/zones/shape-table';
import { zoneIntervals } from '../../src/zones/zone-intervals';
import { readDataFolder } from '../data-folder';
import { AREA_SERIES_FILE, areaSeriesFileSchema } from '../../src/zones/area-series-file';
import { buildDerivedFiles, DERIVED_FILES, PRELOADED_FILES, SERVED_FILES } from './index';

const DATA = join(import.meta.dirname, '..', '..', 'data');

describe('the derived files', () => {
  it('are served after the data files, each once', () => {
    expect(SERVED_FILES).toEqual([...DATA_FILE_NAMES, ...DERIVED_FILES.map(({ file }) => file)]);
    expect(new Set(SERVED_FILES).size).toBe(SERVED_FILES.length);
  });

  it('preload all but the area series, which the chart fetches when it mounts', () => {
    expect(PRELOADED_FILES).toEqual(SERVED_FILES.filter((file) => file !== AREA_SERIES_FILE));
  });
});

describe('area-series.json built from the real data', () => {
  const file = areaSeriesFileSchema.parse(
    JSON.parse(buildDerivedFiles(DATA).get(AREA_SERIES_FILE) ?? ''),
  );

  it('has the combined view and a view per claimant that claims a located place', () => {
    expect(Object.keys(file.views)).toContain('all');
    expect(Object.keys(file.views).length).toBeGreaterThan(1);
  });
});

describe('zone-shapes.json built from the real data', () => {
  const text = buildDerivedFiles(DATA).get(ZONE_SHAPES_FILE) ?? '';
  const table = JSON.parse(text) as ZoneShapeTable;
  const { dataset } = readDataFolder(DATA);

  it('is a file the app accepts', () => {
    expect(zoneShapeTableSchema.parse(table)).toEqual(table);
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

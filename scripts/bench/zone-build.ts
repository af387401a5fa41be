import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/data/schema';
import { packAreaSeries } from '../../src/zones/area-series-file';
import type { LandPolygons } from '../../src/zones/build/cells';
import { buildAreaRows } from '../derived/area-series';
import { summarise, type Summary } from './stats';

const LAND = join(import.meta.dirname, '..', '..', 'public', 'basemap', 'countries.geojson');

/** What one zone build produced, to show the timing was of real work. */
export interface ZoneBuild extends Summary {
  rows: number;
  views: number;
}

/**
 * Wall time of building the zone model (cells, implied spans, status per view) and the packed area
 * series from `dataset`: the work of the area-series.json derived file, in-process.
 */
export function timeZoneBuild(dataset: Dataset, runs: number): ZoneBuild {
  const land = JSON.parse(readFileSync(LAND, 'utf8')) as LandPolygons;
  const times: number[] = [];
  let rows = 0;
  let views = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const series = buildAreaRows(dataset, land);
    const file = packAreaSeries(series);
    times.push(performance.now() - started);
    rows = series.length;
    views = Object.keys(file.views).length;
  }
  return { ...summarise(times), rows, views };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaSeriesCsv } from '../src/zones/area-series';
import type { LandPolygons } from '../src/zones/build/cells';
import { readDataFolder } from './data-folder';
import { buildAreaRows } from './derived/area-series';

const ROOT = join(import.meta.dirname, '..');

/** The area series of the data in `dataDir` as CSV (`npm run areas [-- --data <dir>]`). */
export function areasCsv(dataDir: string): string {
  const land = JSON.parse(
    readFileSync(join(ROOT, 'public', 'basemap', 'countries.geojson'), 'utf8'),
  ) as LandPolygons;
  return areaSeriesCsv(buildAreaRows(readDataFolder(dataDir).dataset, land));
}

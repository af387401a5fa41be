import { readFileSync } from 'node:fs';
import { DATA_FILES } from '../src/data/schema';
import { validateDataset } from '../src/data/validate-dataset';
import { zoneIntervals } from '../src/evidence/map-features-zones';
import { computeZoneShapes, type CountriesCollection } from '../src/evidence/zone-geometry';
import { ZONE_RADIUS_KM, ZONE_SHAPES_FILE, type ZoneShapeTable } from '../src/evidence/zone-shapes';
import { readDataFiles } from './check-data-run';

export { ZONE_SHAPES_FILE };

/**
 * zone-shapes.json for the data in `dataDir`: the shape of every zone its valid records draw
 * (the browser's own partition: same validator, no archive), clipped to the country polygons.
 */
export function buildZoneShapeTable(dataDir: string, countriesPath: string): ZoneShapeTable {
  const { dataset } = validateDataset(readDataFiles(dataDir));
  const countries = JSON.parse(readFileSync(countriesPath, 'utf8')) as CountriesCollection;
  const pointSets = zoneIntervals(dataset).map((interval) => interval.points);
  return { radius_km: ZONE_RADIUS_KM, shapes: computeZoneShapes(pointSets, countries) };
}

/** Every file the app fetches from /data/ on start, for index.html to preload. */
export const FETCHED_DATA_FILES = [
  ...Object.values(DATA_FILES).map(({ file }) => file),
  ZONE_SHAPES_FILE,
];

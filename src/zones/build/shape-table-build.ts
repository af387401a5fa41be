import type { Dataset } from '../../data/schema';
import { ZONE_RADIUS_KM, type ZoneShapeTable } from '../shape-table';
import { zoneIntervals } from '../zone-intervals';
import { computeZoneShapes, type CountriesCollection } from './geometry';

/**
 * zone-shapes.json for a validated dataset: the shape of every zone its records draw, clipped to
 * the country polygons.
 */
export function buildZoneShapeTable(
  dataset: Pick<Dataset, 'claims' | 'places' | 'claimants'>,
  countries: CountriesCollection,
): ZoneShapeTable {
  const pointSets = zoneIntervals(dataset).map((interval) => interval.points);
  return { radius_km: ZONE_RADIUS_KM, shapes: computeZoneShapes(pointSets, countries) };
}

import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../../data/schema';
import type { ZoneShapes } from '../../zones/shape-table';
import { zoneIntervals } from '../../zones/zone-intervals';
import { withIds, type ZoneFeatures, type ZoneProperties } from './types';

/**
 * One feature per zone interval with a drawable shape. An interval without a shape (every circle
 * outside the country polygons) is skipped: there is nothing to draw.
 */
export function buildZoneFeatures(
  dataset: Pick<Dataset, 'claims' | 'places' | 'claimants'>,
  shapes: ZoneShapes,
): ZoneFeatures {
  const names = new Map(dataset.claimants.map((c) => [c.id, c.name]));
  const features: Feature<Polygon | MultiPolygon, ZoneProperties>[] = [];
  for (const interval of zoneIntervals(dataset)) {
    const shape = shapes[interval.shapeKey];
    if (!shape?.geometry) continue;
    features.push({
      type: 'Feature',
      geometry: shape.geometry,
      properties: {
        claimant: interval.claimant,
        claimant_name: names.get(interval.claimant) ?? interval.claimant,
        side: interval.side,
        place_count: interval.placeIds.length,
        start_day: interval.start,
        end_day: interval.end,
      },
    });
  }
  return withIds(features);
}

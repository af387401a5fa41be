import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ControlClaim } from '../../data/schema';
import { changeIntervals, type ChangeKind } from '../../zones/compare';
import type { ZoneData } from '../../zones/zone-data';
import { withIds, type IntervalProperties } from './types';

/** One settlement's change against the fixed comparison day, over the days that give it. */
interface ChangeProperties extends IntervalProperties {
  placeId: string;
  /** A claimant id or COMBINED_VIEW. */
  view: string;
  kind: ChangeKind;
}

/**
 * The cells that changed hands between the comparison day and any selected day, in every view:
 * built once per comparison day, so the map follows the slider and the view by filtering alone.
 */
export function buildChangeFeatures(
  zones: Pick<ZoneData, 'views' | 'cells'>,
  claims: readonly ControlClaim[],
  compareDay: number,
) {
  const features: Feature<Polygon | MultiPolygon, ChangeProperties>[] = [];
  for (const view of Object.keys(zones.views)) {
    for (const change of changeIntervals(zones, claims, view, compareDay)) {
      const geometry = zones.cells.get(change.place)?.geometry;
      if (!geometry) continue;
      features.push({
        type: 'Feature',
        geometry,
        properties: {
          placeId: change.place,
          view,
          kind: change.kind,
          start_day: change.from,
          end_day: change.to,
        },
      });
    }
  }
  return withIds(features);
}

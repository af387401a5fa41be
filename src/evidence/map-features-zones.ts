import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, Place } from '../data/schema';
import { HELD_SIDES, holderTimeline, sideName, type HeldSide } from './control-timeline';
import { controlClaimants } from './map-features-places';
import { OPEN_END, withIds, type ZoneFeatures, type ZoneProperties } from './map-features-types';
import { ZONE_RADIUS_KM, zoneShapeKey, type ZonePoint, type ZoneShape } from './zone-shapes';

const AREA_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * A span of days in which the located places one claimant says one side holds stay the same:
 * one zone on the map, whose shape is looked up by `shapeKey`.
 */
export interface ZoneInterval {
  claimant: string;
  side: HeldSide;
  start: number;
  end: number;
  /** Located places the zone rests on, sorted. */
  placeIds: string[];
  points: ZonePoint[];
  shapeKey: string;
}

/**
 * Per claimant and side, one interval per change in the set of located places that claimant says
 * the side holds. Empty sets are skipped so nothing is drawn before a claimant's first claim;
 * unlocated places are listed in the panel, never drawn.
 */
export function zoneIntervals(
  dataset: Pick<Dataset, 'claims' | 'places' | 'claimants'>,
): ZoneInterval[] {
  const located = new Map<string, ZonePoint>();
  for (const place of dataset.places) {
    const point = zonePoint(place);
    if (point) located.set(place.id, point);
  }
  const intervals: ZoneInterval[] = [];
  for (const claimant of controlClaimants(dataset)) {
    const timeline = holderTimeline(dataset.claims, claimant);
    for (const side of HELD_SIDES) {
      let previousKey: string | null = null;
      let open: ZoneInterval | null = null;
      for (const { day, holders } of timeline) {
        const placeIds = [...holders]
          .filter(([placeId, holder]) => holder === side && located.has(placeId))
          .map(([placeId]) => placeId)
          .sort();
        const key = placeIds.join(',');
        if (key === previousKey) continue;
        previousKey = key;
        if (open) open.end = day;
        open = null;
        if (placeIds.length === 0) continue;
        const points = placeIds.flatMap((id) => located.get(id) ?? []);
        const shapeKey = zoneShapeKey(points);
        open = { claimant, side, start: day, end: OPEN_END, placeIds, points, shapeKey };
        intervals.push(open);
      }
    }
  }
  return intervals;
}

function zonePoint(place: Place): ZonePoint | null {
  return place.location
    ? { lon: place.location.lon, lat: place.location.lat, country: place.country }
    : null;
}

/** Zone shapes by key; the build ships them, see zone-shapes.ts. */
export type ZoneShapes = Readonly<Record<string, ZoneShape>>;

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
    const name = names.get(interval.claimant) ?? interval.claimant;
    const count = interval.placeIds.length;
    features.push({
      type: 'Feature',
      geometry: shape.geometry,
      properties: {
        claimant: interval.claimant,
        claimant_name: name,
        side: interval.side,
        approximate: true,
        start_day: interval.start,
        end_day: interval.end,
        area_km2: Math.round(shape.area_km2 * 10) / 10,
        place_count: count,
        place_ids: interval.placeIds.join(','),
        method: zoneMethod(interval.side, count),
        label: zoneLabel(name, interval.side, count, shape.area_km2),
      },
    });
  }
  return withIds(features);
}

function zoneMethod(side: HeldSide, located: number): string {
  const settlements = located === 1 ? 'settlement' : 'settlements';
  return `Derived, approximate: union of ${ZONE_RADIUS_KM} km circles around the ${located} ${settlements} this claimant says ${sideName(side)} holds, clipped to the state border. Not a front line.`;
}

/** E.g. "Russian Defence Ministry: Russia held (claimed) · derived from 12 settlements · ≈ 180 km²". */
export function zoneLabel(
  claimantName: string,
  side: HeldSide,
  placeCount: number,
  km2: number,
): string {
  const settlements = placeCount === 1 ? 'settlement' : 'settlements';
  return `${claimantName}: ${sideName(side)} held (claimed) · derived from ${placeCount} ${settlements} · ≈ ${AREA_FORMAT.format(km2)} km²`;
}

import { OPEN_END } from '../data/dates';
import type { Dataset, Place } from '../data/schema';
import { HELD_SIDES, type HeldSide } from '../data/vocabulary';
import { controlClaimants } from '../evidence/claimants';
import { holderTimeline } from '../evidence/control-timeline';
import { zoneShapeKey, type ZonePoint } from './shape-table';

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

function zonePoint(place: Place): ZonePoint | null {
  return place.location
    ? { lon: place.location.lon, lat: place.location.lat, country: place.country }
    : null;
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

import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Place } from '../../data/schema';
import type { ZoneStatus } from '../../zones/combined-status';

/**
 * Every dated map feature is visible on day d when `start_day <= d < end_day`, so the map filters
 * with one global-state day instead of calling setData while the date is scrubbed.
 */
export interface IntervalProperties {
  /** First day shown (inclusive), or OPEN_START. */
  start_day: number;
  /** First day no longer shown (exclusive), or OPEN_END. */
  end_day: number;
}

/**
 * A feature with the numeric top-level id MapLibre needs for feature-state and queries; ids are
 * unique within their collection and start at 1.
 */
type MapFeature<G extends Point | Polygon | MultiPolygon, P> = Feature<G, P> & { id: number };

/** A collection of {@link MapFeature}s. */
type MapFeatureCollection<G extends Point | Polygon | MultiPolygon, P> = FeatureCollection<G, P> & {
  features: MapFeature<G, P>[];
};

/**
 * The same status as the place's cell (src/zones/combined-status.ts), or `unclaimed`: no
 * claimant (or, in a claimant's view, not that claimant) has said anything of the place yet.
 */
type PlaceStatus = ZoneStatus | 'unclaimed';

/** A settlement's claimed status in one claims view over one interval. */
export interface PlaceStatusProperties extends IntervalProperties {
  placeId: string;
  /** A claimant id (that claimant's word) or COMBINED_VIEW. */
  view: string;
  status: PlaceStatus;
  /**
   * Comma-separated ids of the claimants in force (MapLibre flattens arrays): who a status rests
   * on, e.g. both sides of a `disputed` one.
   */
  claimants: string;
}

/**
 * A settlement's label: the same on every day and in every view (a located place is always
 * drawn; only its status changes), so date scrubbing never re-lays out the labels.
 */
export interface PlaceLabelProperties {
  placeId: string;
  name_en: string;
  name_native: string;
  /** Control claims on record about the place, over all days and claimants: its label's rank. */
  claims_on_record: number;
}

/** One settlement's cell in one view with one status over one interval. */
export interface CellProperties extends IntervalProperties {
  placeId: string;
  /** A claimant id or COMBINED_VIEW. */
  view: string;
  status: ZoneStatus;
}

/**
 * The label of one view's zone of one status in one state, over an interval in which its cells
 * stay the same: placed on the cell nearest the zone's centre of area.
 */
export interface ZoneLabelProperties extends IntervalProperties {
  view: string;
  status: ZoneStatus;
  /** E.g. "Held by Ukraine · 1,020 km²\nAll claimants · 31 settlements". */
  label: string;
}

/**
 * A place's event marker: within `[start_day, end_day)` (first event to last event + window), shown
 * on the days with an event in the marker window.
 */
export interface EventProperties extends IntervalProperties {
  placeId: string;
  /** The place's event days between commas, e.g. `,19951,19974,` (MapLibre flattens arrays). */
  event_days: string;
}

export type EvacuationRole = 'hromada-centre' | 'named-settlement';

/** Orders stay on the map from their day on; no end date is published. */
export interface EvacuationProperties extends IntervalProperties {
  placeId: string;
  role: EvacuationRole;
  label: string;
  /** The one feature of the order that carries its label (the first located hromada centre). */
  labelled: boolean;
}

export type PlaceStatusFeatures = MapFeatureCollection<Point, PlaceStatusProperties>;
export type PlaceLabelFeatures = MapFeatureCollection<Point, PlaceLabelProperties>;
export type CellFeatures = MapFeatureCollection<Polygon | MultiPolygon, CellProperties>;
export type ZoneLabelFeatures = MapFeatureCollection<Point, ZoneLabelProperties>;
export type EventFeatures = MapFeatureCollection<Point, EventProperties>;
export type EvacuationFeatures = MapFeatureCollection<Point, EvacuationProperties>;

/** Numbers features 1..n; 0 is avoided because some MapLibre paths treat a falsy id as absent. */
export function withIds<G extends Point | Polygon | MultiPolygon, P>(
  features: readonly Feature<G, P>[],
): MapFeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: features.map((feature, index) => ({ ...feature, id: index + 1 })),
  };
}

/** A located place's point; null for a place with no sourced coordinate (nothing to draw). */
export function pointOf(place: Place | undefined): Point | null {
  return place?.location
    ? { type: 'Point', coordinates: [place.location.lon, place.location.lat] }
    : null;
}

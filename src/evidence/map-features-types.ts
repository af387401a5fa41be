import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { EventKind, Side } from '../data/schema';
import type { HeldSide } from './control-timeline';

/**
 * Open interval ends. Finite numbers rather than null/Infinity because MapLibre expressions
 * compare numbers and GeoJSON cannot carry Infinity.
 */
export const OPEN_START = -1_000_000;
export const OPEN_END = 1_000_000;

/**
 * Every map feature is visible on day d when `start_day <= d < end_day`, so the map filters with
 * one global-state day instead of calling setData while the date is scrubbed.
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
export type MapFeature<G extends Point | Polygon | MultiPolygon, P> = Feature<G, P> & {
  id: number;
};

/** A collection of {@link MapFeature}s. */
export type MapFeatureCollection<G extends Point | Polygon | MultiPolygon, P> = FeatureCollection<
  G,
  P
> & { features: MapFeature<G, P>[] };

/** The combined view, as opposed to one claimant's. */
export const ALL_VIEW = 'all';

/**
 * `disputed`: claimants in force disagree; `unclaimed`: no claimant (or, in a claimant's view,
 * not that claimant) has claimed the place yet.
 */
export type PlaceStatus = Side | 'disputed' | 'unclaimed';

export interface PlaceStatusProperties extends IntervalProperties {
  placeId: string;
  /** A claimant id (that claimant's word) or {@link ALL_VIEW}. */
  view: string;
  status: PlaceStatus;
  name_en: string;
  name_native: string;
  /** Comma-separated ids of claimants with a claim in force (MapLibre flattens arrays). */
  claimants: string;
  /** Claims in force: one per claimant that has spoken about the place. */
  claim_count: number;
}

/**
 * A settlement's label: the same on every day and in every view (a located place is always
 * drawn; only its status changes), so date scrubbing never re-lays out the labels.
 */
export interface PlaceLabelProperties {
  placeId: string;
  name_en: string;
  name_native: string;
  /** Control claims on record about the place, over all days and claimants. */
  claims_on_record: number;
}

export interface ZoneProperties extends IntervalProperties {
  claimant: string;
  /** The claimant's name, for labels: people read names, not ids. */
  claimant_name: string;
  side: HeldSide;
  approximate: true;
  /** Rounded to 0.1 km². */
  area_km2: number;
  place_count: number;
  /** Comma-separated place ids the zone rests on. */
  place_ids: string;
  /** How the zone was made, for the UI; says it is not a front line. */
  method: string;
  label: string;
}

/** Events stay on the map from their day on; `day` lets the map fade older ones. */
export interface EventProperties extends IntervalProperties {
  eventId: string;
  placeId: string;
  day: number;
  kind: EventKind;
  summary: string;
}

export type EvacuationRole = 'hromada-centre' | 'named-settlement';

/** Orders stay on the map from their day on; no end date is published. */
export interface EvacuationProperties extends IntervalProperties {
  orderId: string;
  placeId: string;
  role: EvacuationRole;
  label: string;
}

export type PlaceStatusFeatures = MapFeatureCollection<Point, PlaceStatusProperties>;
export type PlaceLabelFeatures = MapFeatureCollection<Point, PlaceLabelProperties>;
export type ZoneFeatures = MapFeatureCollection<Polygon | MultiPolygon, ZoneProperties>;
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

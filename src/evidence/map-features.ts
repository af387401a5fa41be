import type { Feature, Point } from 'geojson';
import { toDayNumber } from '../data/dates';
import type { Dataset, EvacuationOrder, Place } from '../data/schema';
import { buildPlaceLabelFeatures, buildPlaceStatusFeatures } from './map-features-places';
import {
  OPEN_END,
  withIds,
  type EvacuationFeatures,
  type EvacuationProperties,
  type EvacuationRole,
  type EventFeatures,
  type EventProperties,
  type PlaceLabelFeatures,
  type PlaceStatusFeatures,
  type ZoneFeatures,
} from './map-features-types';
import { buildZoneFeatures, type ZoneShapes } from './map-features-zones';

export * from './map-features-types';
export {
  buildPlaceLabelFeatures,
  buildPlaceStatusFeatures,
  controlClaimants,
} from './map-features-places';
export {
  buildZoneFeatures,
  zoneIntervals,
  zoneLabel,
  type ZoneInterval,
  type ZoneShapes,
} from './map-features-zones';

/** Everything the map draws, built once at load; scrubbing the date only filters it. */
export interface MapFeatures {
  placeStatus: PlaceStatusFeatures;
  /** Day- and view-independent settlement labels, so scrubbing does not re-lay them out. */
  placeLabels: PlaceLabelFeatures;
  zones: ZoneFeatures;
  events: EventFeatures;
  evacuations: EvacuationFeatures;
}

/** Builds all map collections from a validated dataset and the zone shapes for it. */
export function buildMapFeatures(dataset: Dataset, zoneShapes: ZoneShapes): MapFeatures {
  return {
    placeStatus: buildPlaceStatusFeatures(dataset),
    placeLabels: buildPlaceLabelFeatures(dataset),
    zones: buildZoneFeatures(dataset, zoneShapes),
    events: buildEventFeatures(dataset),
    evacuations: buildEvacuationFeatures(dataset),
  };
}

/** Sorted unique event days, e.g. for timeline ticks and "next event" stepping. */
export function eventDays(dataset: Pick<Dataset, 'events'>): number[] {
  const days = new Set(dataset.events.map((event) => toDayNumber(event.date)));
  return [...days].sort((a, b) => a - b);
}

/** One point per event and located place it names; unlocated places have nothing to draw. */
export function buildEventFeatures(dataset: Pick<Dataset, 'events' | 'places'>): EventFeatures {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const features: Feature<Point, EventProperties>[] = [];
  for (const event of dataset.events) {
    const day = toDayNumber(event.date);
    for (const placeId of event.places) {
      const point = pointOf(placesById.get(placeId));
      if (!point) continue;
      features.push({
        type: 'Feature',
        geometry: point,
        properties: {
          eventId: event.id,
          placeId,
          day,
          kind: event.kind,
          summary: event.summary,
          start_day: day,
          end_day: OPEN_END,
        },
      });
    }
  }
  return withIds(features);
}

/**
 * Points at the located hromada centres and named settlements of each evacuation order, from the
 * order's day on. A place that is both is drawn once, as a hromada centre.
 */
export function buildEvacuationFeatures(
  dataset: Pick<Dataset, 'evacuations' | 'places'>,
): EvacuationFeatures {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const features: Feature<Point, EvacuationProperties>[] = [];
  for (const order of dataset.evacuations) {
    const label = evacuationLabel(order);
    const roles = new Map<string, EvacuationRole>();
    for (const placeId of order.area.hromadas) roles.set(placeId, 'hromada-centre');
    for (const placeId of order.settlements.named) {
      if (!roles.has(placeId)) roles.set(placeId, 'named-settlement');
    }
    for (const [placeId, role] of roles) {
      const point = pointOf(placesById.get(placeId));
      if (!point) continue;
      features.push({
        type: 'Feature',
        geometry: point,
        properties: {
          orderId: order.id,
          placeId,
          role,
          label,
          start_day: toDayNumber(order.date),
          end_day: OPEN_END,
        },
      });
    }
  }
  return withIds(features);
}

const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/**
 * E.g. "Evacuation order · 8 settlements (names not published) · 543 people", from the record
 * alone, saying plainly what the order did not state.
 */
export function evacuationLabel(order: Pick<EvacuationOrder, 'settlements' | 'people'>): string {
  const { named, count } = order.settlements;
  const total = count ?? (named.length > 0 ? named.length : null);
  const settlements =
    total === null
      ? 'settlements not stated'
      : `${COUNT_FORMAT.format(total)} ${total === 1 ? 'settlement' : 'settlements'}`;
  const names =
    total === null
      ? ''
      : named.length === 0
        ? ' (names not published)'
        : named.length < total
          ? ` (${named.length} named)`
          : '';
  const people =
    order.people === null
      ? 'people not stated'
      : `${COUNT_FORMAT.format(order.people)} ${order.people === 1 ? 'person' : 'people'}`;
  return `Evacuation order · ${settlements}${names} · ${people}`;
}

function pointOf(place: Place | undefined): Point | null {
  return place?.location
    ? { type: 'Point', coordinates: [place.location.lon, place.location.lat] }
    : null;
}

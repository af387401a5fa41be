import type { Feature, Point } from 'geojson';
import { OPEN_END, toDayNumber } from '../../data/dates';
import type { Dataset } from '../../data/schema';
import { evacuationLabel } from '../../evidence/evacuations';
import { translate, type Translate } from '../../i18n/setup';
import {
  pointOf,
  withIds,
  type EvacuationFeatures,
  type EvacuationProperties,
  type EvacuationRole,
  type EventFeatures,
  type EventProperties,
} from './types';

/** Days an event marker stays on the map, counting the selected day. */
export const EVENT_WINDOW_DAYS = 7;

/**
 * Event markers: one point per located place an event names, with the days of its events and,
 * as a cheap first test, the span `[first event, last event + window)`. The marker shows on the
 * days with an event in the last {@link EVENT_WINDOW_DAYS} days. One feature per place instead
 * of one per run of days (issue #16): 100,000 events at scale index as 10,000 points, not 78,000.
 */
export function buildEventFeatures(dataset: Pick<Dataset, 'events' | 'places'>): EventFeatures {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const daysByPlace = new Map<string, number[]>();
  for (const event of dataset.events) {
    const day = toDayNumber(event.date);
    for (const placeId of new Set(event.places)) {
      const days = daysByPlace.get(placeId) ?? [];
      days.push(day);
      daysByPlace.set(placeId, days);
    }
  }
  const features: Feature<Point, EventProperties>[] = [];
  for (const [placeId, days] of daysByPlace) {
    const geometry = pointOf(placesById.get(placeId));
    if (!geometry) continue;
    const sorted = [...new Set(days)].sort((a, b) => a - b);
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        placeId,
        start_day: sorted[0] ?? 0,
        end_day: (sorted.at(-1) ?? 0) + EVENT_WINDOW_DAYS,
        // Each day between commas, so the layer's filter finds `,day,` with one substring test.
        event_days: `,${sorted.join(',')},`,
      },
    });
  }
  return withIds(features);
}

/**
 * Points at the located hromada centres and named settlements of each evacuation order, from the
 * order's day on. A place that is both is drawn once, as a hromada centre.
 */
export function buildEvacuationFeatures(
  dataset: Pick<Dataset, 'evacuations' | 'places'>,
  t: Translate = translate,
): EvacuationFeatures {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const features: Feature<Point, EvacuationProperties>[] = [];
  for (const order of dataset.evacuations) {
    const label = evacuationLabel(order, t);
    const roles = new Map<string, EvacuationRole>();
    for (const placeId of order.area.hromadas) roles.set(placeId, 'hromada-centre');
    for (const placeId of order.settlements.named) {
      if (!roles.has(placeId)) roles.set(placeId, 'named-settlement');
    }
    let labelled = false;
    for (const [placeId, role] of roles) {
      const geometry = pointOf(placesById.get(placeId));
      if (!geometry) continue;
      features.push({
        type: 'Feature',
        geometry,
        properties: {
          placeId,
          role,
          label,
          // One label per order, at its first located hromada centre (or place).
          labelled: !labelled,
          start_day: toDayNumber(order.date),
          end_day: OPEN_END,
        },
      });
      labelled = true;
    }
  }
  return withIds(features);
}

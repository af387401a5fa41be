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

/** One point per event and located place it names; unlocated places have nothing to draw. */
export function buildEventFeatures(dataset: Pick<Dataset, 'events' | 'places'>): EventFeatures {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const features: Feature<Point, EventProperties>[] = [];
  for (const event of dataset.events) {
    const day = toDayNumber(event.date);
    for (const placeId of event.places) {
      const geometry = pointOf(placesById.get(placeId));
      if (geometry) features.push({ type: 'Feature', geometry, properties: { placeId, day } });
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

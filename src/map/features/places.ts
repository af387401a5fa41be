import type { Feature, Point } from 'geojson';
import { OPEN_END, OPEN_START, toDayNumber } from '../../data/dates';
import type { ControlClaim, Dataset, Place } from '../../data/schema';
import { COMBINED_VIEW } from '../../data/vocabulary';
import { latestClaimsAsOf } from '../../evidence/claims-as-of';
import type { StatusInterval } from '../../zones/combined-status';
import { covers } from '../../zones/zone-data';
import type { ZoneStatuses } from '../../zones/zone-status';
import {
  pointOf,
  withIds,
  type PlaceLabelFeatures,
  type PlaceLabelProperties,
  type PlaceStatusFeatures,
  type PlaceStatusProperties,
} from './types';

/**
 * One point per located place, view and interval of constant status, so the map shows any day
 * and any view by filtering alone. The status is the place's cell status (one rule,
 * src/zones/combined-status.ts), `unclaimed` where the view says nothing. Unlocated places are
 * left out: they have nothing to draw.
 */
export function buildPlaceStatusFeatures(
  dataset: Pick<Dataset, 'claims' | 'places'>,
  statuses: Pick<ZoneStatuses, 'views'>,
): PlaceStatusFeatures {
  const claimsByPlace = groupBy(dataset.claims, (claim) => claim.place);
  const features: Feature<Point, PlaceStatusProperties>[] = [];
  for (const [view, intervals] of Object.entries(statuses.views)) {
    const intervalsByPlace = groupBy(intervals, (interval) => interval.place);
    for (const place of dataset.places) {
      const geometry = pointOf(place);
      if (!geometry) continue;
      const placeClaims = claimsByPlace.get(place.id) ?? [];
      const claims =
        view === COMBINED_VIEW
          ? placeClaims
          : placeClaims.filter((claim) => claim.claimant === view);
      for (const step of statusSteps(place.id, claims, intervalsByPlace.get(place.id) ?? [])) {
        features.push({
          type: 'Feature',
          geometry,
          properties: { placeId: place.id, view, ...step },
        });
      }
    }
  }
  return withIds(features);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

/**
 * One label point per located place, with no day or view: every located place is drawn on every
 * day (as 'unclaimed' before any claim), so its label never needs a date filter.
 */
export function buildPlaceLabelFeatures(
  dataset: Pick<Dataset, 'claims' | 'places'>,
): PlaceLabelFeatures {
  const claimCounts = new Map<string, number>();
  for (const claim of dataset.claims) {
    claimCounts.set(claim.place, (claimCounts.get(claim.place) ?? 0) + 1);
  }
  const features: Feature<Point, PlaceLabelProperties>[] = [];
  for (const place of dataset.places) {
    const geometry = pointOf(place);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        placeId: place.id,
        name_en: place.names.en,
        name_native: place.names.native,
        claims_on_record: claimCounts.get(place.id) ?? 0,
      },
    });
  }
  return withIds(features);
}

type Step = Pick<PlaceStatusProperties, 'status' | 'claimants' | 'start_day' | 'end_day'>;

/**
 * Intervals of constant status and claimants in force for one place in one view, adjacent equal
 * ones merged: a step starts wherever the status or a claim in force changes.
 */
function statusSteps(
  placeId: Place['id'],
  claims: readonly ControlClaim[],
  intervals: readonly StatusInterval[],
): Step[] {
  const changeDays = [
    ...new Set([
      ...claims.map((claim) => toDayNumber(claim.from)),
      ...intervals.flatMap((interval) => [interval.from, interval.to]),
    ]),
  ]
    .filter((changeDay) => changeDay < OPEN_END)
    .sort((a, b) => a - b);
  const steps: Step[] = [];
  for (const [index, start] of [OPEN_START, ...changeDays].entries()) {
    const step: Step = {
      status: intervals.find((interval) => covers(interval, start))?.status ?? 'unclaimed',
      claimants: latestClaimsAsOf(claims, placeId, start)
        .map((claim) => claim.claimant)
        .join(','),
      start_day: start,
      end_day: changeDays[index] ?? OPEN_END,
    };
    const previous = steps.at(-1);
    if (previous && previous.status === step.status && previous.claimants === step.claimants) {
      previous.end_day = step.end_day;
    } else {
      steps.push(step);
    }
  }
  return steps;
}

import type { Feature, Point } from 'geojson';
import { OPEN_END, OPEN_START, toDayNumber } from '../../data/dates';
import type { ControlClaim, Dataset, Place } from '../../data/schema';
import { COMBINED_VIEW } from '../../data/vocabulary';
import { latestClaimsAsOf } from '../../evidence/claims-as-of';
import { controlClaimants } from '../../evidence/claimants';
import {
  pointOf,
  withIds,
  type PlaceLabelFeatures,
  type PlaceLabelProperties,
  type PlaceStatus,
  type PlaceStatusFeatures,
  type PlaceStatusProperties,
} from './types';

/**
 * One point per located place, view and interval of constant status, so the map shows any day
 * and any view by filtering alone. Unlocated places are left out: they have nothing to draw.
 */
export function buildPlaceStatusFeatures(
  dataset: Pick<Dataset, 'claims' | 'places'>,
): PlaceStatusFeatures {
  const claimsByPlace = new Map<string, ControlClaim[]>();
  for (const claim of dataset.claims) {
    const list = claimsByPlace.get(claim.place) ?? [];
    list.push(claim);
    claimsByPlace.set(claim.place, list);
  }
  const views = [COMBINED_VIEW, ...controlClaimants(dataset)];
  const features: Feature<Point, PlaceStatusProperties>[] = [];
  for (const place of dataset.places) {
    const geometry = pointOf(place);
    if (!geometry) continue;
    const placeClaims = claimsByPlace.get(place.id) ?? [];
    for (const view of views) {
      const claims =
        view === COMBINED_VIEW
          ? placeClaims
          : placeClaims.filter((claim) => claim.claimant === view);
      for (const step of statusSteps(place.id, claims)) {
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

/** Intervals of constant status over `claims` (all about one place), adjacent equal ones merged. */
function statusSteps(placeId: Place['id'], claims: readonly ControlClaim[]): Step[] {
  const changeDays = [...new Set(claims.map((claim) => toDayNumber(claim.from)))].sort(
    (a, b) => a - b,
  );
  const steps: Step[] = [];
  for (const [index, start] of [OPEN_START, ...changeDays].entries()) {
    const inForce = latestClaimsAsOf(claims, placeId, start);
    const step: Step = {
      status: combinedStatus(inForce),
      claimants: inForce.map((claim) => claim.claimant).join(','),
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

function combinedStatus(inForce: readonly ControlClaim[]): PlaceStatus {
  const holders = new Set(inForce.map((claim) => claim.holder));
  const [only] = holders;
  if (!only) return 'unclaimed';
  return holders.size === 1 ? only : 'disputed';
}

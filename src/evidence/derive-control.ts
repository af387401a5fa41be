import { toDayNumber } from '../data/dates';
import type { ControlClaim, Dataset, Place, Side } from '../data/schema';
import {
  ZONE_RADIUS_KM,
  areaKm2,
  circlesUnion,
  type CountriesCollection,
  type ZoneGeometry,
  type ZonePoint,
} from './zone-geometry';

export { ZONE_RADIUS_KM, type CountriesCollection } from './zone-geometry';

/** The sides a zone is drawn for; `contested` places get no zone. */
export type HeldSide = 'ru' | 'ua';

/** Both held sides, in drawing order. */
export const HELD_SIDES: readonly HeldSide[] = ['ru', 'ua'];

const SIDE_NAMES: Record<HeldSide, string> = { ru: 'Russia', ua: 'Ukraine' };

/** People-facing name of a held side, for labels. */
export function sideName(side: HeldSide): string {
  return SIDE_NAMES[side];
}

/**
 * An approximate area one claimant says one side holds. It is drawn from settlement points only,
 * so it must always be shown as derived, never as a front line.
 */
export interface DerivedZone {
  side: HeldSide;
  approximate: true;
  /** One or two sentences for the UI saying how the zone was made. */
  method: string;
  /** Located places the zone rests on, sorted. */
  placeIds: string[];
  placeCount: number;
  /** Places said to be held that have no sourced coordinate: listed, never drawn. */
  unlocatedPlaceIds: string[];
  /** Null when no located place is held or every circle fell outside the country polygons. */
  geometry: ZoneGeometry | null;
  areaKm2: number;
}

/** What one claimant says each side holds on one day, with derived zones. */
export interface DerivedControl {
  claimant: string;
  day: number;
  approximate: true;
  method: string;
  radiusKm: number;
  sides: Record<HeldSide, DerivedZone>;
  /** Unlocated places either side is said to hold, sorted. */
  unlocatedPlaceIds: string[];
}

/**
 * What `claimant` says holds each place on `day`: its latest claim per place dated on or before
 * the day. Same rule as {@link latestClaimsAsOf} (a later claim replaces an earlier one; on equal
 * dates the later record wins), done in one pass because zones need every place at once.
 */
export function holdersAsOf(
  claims: readonly ControlClaim[],
  claimant: string,
  day: number,
): Map<string, Side> {
  const latest = new Map<string, ControlClaim>();
  for (const claim of claims) {
    if (claim.claimant !== claimant || toDayNumber(claim.from) > day) continue;
    const current = latest.get(claim.place);
    if (!current || toDayNumber(current.from) <= toDayNumber(claim.from)) {
      latest.set(claim.place, claim);
    }
  }
  return new Map([...latest].map(([placeId, claim]) => [placeId, claim.holder]));
}

/** The zone for `side` resting on `heldPlaceIds` (ids of places said to be held by that side). */
export function deriveZone(
  side: HeldSide,
  heldPlaceIds: Iterable<string>,
  placesById: ReadonlyMap<string, Place>,
  countries: CountriesCollection,
): DerivedZone {
  const placeIds: string[] = [];
  const unlocatedPlaceIds: string[] = [];
  const points: ZonePoint[] = [];
  for (const placeId of [...heldPlaceIds].sort()) {
    const place = placesById.get(placeId);
    if (!place) continue;
    if (!place.location) {
      unlocatedPlaceIds.push(placeId);
      continue;
    }
    placeIds.push(placeId);
    points.push({ lon: place.location.lon, lat: place.location.lat, country: place.country });
  }
  const geometry = circlesUnion(points, countries);
  return {
    side,
    approximate: true,
    method: zoneMethod(side, placeIds.length, unlocatedPlaceIds.length),
    placeIds,
    placeCount: placeIds.length,
    unlocatedPlaceIds,
    geometry,
    areaKm2: areaKm2(geometry),
  };
}

/**
 * What `claimant` says Russia and Ukraine hold on `day`, as settlement lists and approximate
 * zones (circles around held settlements, clipped to the state border). Pure: same input, same
 * output; circle clipping is cached per countries collection.
 */
export function deriveControl(
  dataset: Pick<Dataset, 'claims' | 'places'>,
  day: number,
  claimant: string,
  countries: CountriesCollection,
): DerivedControl {
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const holders = holdersAsOf(dataset.claims, claimant, day);
  const heldBy = (side: HeldSide) =>
    [...holders].filter(([, holder]) => holder === side).map(([placeId]) => placeId);
  const sides = {
    ru: deriveZone('ru', heldBy('ru'), placesById, countries),
    ua: deriveZone('ua', heldBy('ua'), placesById, countries),
  };
  return {
    claimant,
    day,
    approximate: true,
    method: `Derived, approximate: union of ${ZONE_RADIUS_KM} km circles around the settlements this claimant says each side holds, clipped to the state border. Not a front line.`,
    radiusKm: ZONE_RADIUS_KM,
    sides,
    unlocatedPlaceIds: [...sides.ru.unlocatedPlaceIds, ...sides.ua.unlocatedPlaceIds].sort(),
  };
}

function zoneMethod(side: HeldSide, located: number, unlocated: number): string {
  const settlements = located === 1 ? 'settlement' : 'settlements';
  const base = `Derived, approximate: union of ${ZONE_RADIUS_KM} km circles around the ${located} ${settlements} this claimant says ${sideName(side)} holds, clipped to the state border. Not a front line.`;
  if (unlocated === 0) return base;
  return `${base} ${unlocated} more without a sourced location ${unlocated === 1 ? 'is' : 'are'} not drawn.`;
}

/** One step of a claimant's record: from `day` on, `holders` is what it says holds each place. */
export interface HolderChange {
  day: number;
  holders: ReadonlyMap<string, Side>;
}

/**
 * Every day on which `claimant`'s picture changes, oldest first, with the full picture from that
 * day on. Same rule as {@link holdersAsOf}, swept once so interval features cost one pass.
 */
export function holderTimeline(claims: readonly ControlClaim[], claimant: string): HolderChange[] {
  const own = claims
    .filter((claim) => claim.claimant === claimant)
    .map((claim) => ({ claim, day: toDayNumber(claim.from) }))
    .sort((a, b) => a.day - b.day);
  const holders = new Map<string, Side>();
  const timeline: HolderChange[] = [];
  for (const [index, { claim, day }] of own.entries()) {
    holders.set(claim.place, claim.holder);
    if (own[index + 1]?.day !== day) timeline.push({ day, holders: new Map(holders) });
  }
  return timeline;
}
